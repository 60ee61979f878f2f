package org.grouprise.server.groups;

import org.grouprise.server.media.ImageRejected;
import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Upload;
import org.grouprise.server.web.WebRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** {@code /stadt/settings/group/images?group=<slug>}: avatar and logo, each its own form, for any member. */
public final class GroupImageRoutes {
    private static final String PATH = "/stadt/settings/group/images";

    private final GroupImages images;
    private final EditableGroups editable;

    public GroupImageRoutes(GroupService groups, GroupImages images, GroupRelations relations) {
        this.images = images;
        this.editable = new EditableGroups(groups, relations);
    }

    public void register(Router router) {
        router.get(PATH, this::imagesForm)
            .get(PATH + "/", this::imagesForm)
            .post(PATH, this::saveImage)
            .post(PATH + "/", this::saveImage);
    }

    private Response imagesForm(WebRequest request) {
        return imagesPage(request, editable.of(request), new FormErrors(), 200);
    }

    /** Replaces or removes the image whose form was sent; the other one stays as it is. */
    private Response saveImage(WebRequest request) {
        Group group = editable.of(request);
        for (GroupImages.Kind kind : GroupImages.Kind.values()) {
            if (request.formValue("remove_" + kind.field()).isPresent()) {
                images.remove(group.id(), kind);
                request.flash("images.removed");
                return Response.redirect(PATH + "?group=" + group.slug());
            }
            Optional<Upload> upload = request.upload(kind.field());
            if (upload.isPresent()) {
                return replace(request, group, kind, upload.get());
            }
        }
        return imagesPage(request, group, new FormErrors().add(FormErrors.FORM, "images.noFile"), 400);
    }

    private Response replace(WebRequest request, Group group, GroupImages.Kind kind, Upload upload) {
        try (InputStream content = upload.open()) {
            images.replace(group.id(), kind, content);
        } catch (ImageRejected e) {
            return imagesPage(request, group, new FormErrors().add(kind.field(), e.messageKey()), 400);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded image", e);
        }
        request.flash("images.saved");
        return Response.redirect(PATH + "?group=" + group.slug());
    }

    private Response imagesPage(WebRequest request, Group group, FormErrors errors, int status) {
        return Response.page("groups/images.ftlh", Map.of("group", group, "images", images.urls(group),
            "errors", errors.translated(request.messages())), status);
    }
}
