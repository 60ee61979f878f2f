package org.grouprise.server.accounts;

import org.grouprise.server.media.ImageRejected;
import org.grouprise.server.web.FormErrors;
import org.grouprise.server.web.Response;
import org.grouprise.server.web.Router;
import org.grouprise.server.web.Upload;
import org.grouprise.server.web.Viewer;
import org.grouprise.server.web.WebRequest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/** A person's own images, {@code /stadt/settings/images/}: avatar and profile background, each its own form. */
public final class ImageSettingsRoutes {
    private static final String PATH = "/stadt/settings/images/";

    private final PersonImages images;

    public ImageSettingsRoutes(PersonImages images) {
        this.images = images;
    }

    public void register(Router router) {
        router.get(PATH, this::imagesForm)
            .post(PATH, this::saveImage);
    }

    private Response imagesForm(WebRequest request) {
        Viewer viewer = request.requireViewer();
        return imagesPage(request, viewer, new FormErrors(), 200);
    }

    /** Replaces or removes the image whose form was sent; the other image stays as it is. */
    private Response saveImage(WebRequest request) {
        Viewer viewer = request.requireViewer();
        for (PersonImages.Kind kind : PersonImages.Kind.values()) {
            if (request.formValue("remove_" + kind.field()).isPresent()) {
                images.remove(viewer.id(), kind);
                request.flash("images.removed");
                return Response.redirect(PATH);
            }
            Optional<Upload> upload = request.upload(kind.field());
            if (upload.isPresent()) {
                return replace(request, viewer, kind, upload.get());
            }
        }
        return imagesPage(request, viewer, new FormErrors().add(FormErrors.FORM, "images.noFile"), 400);
    }

    private Response replace(WebRequest request, Viewer viewer, PersonImages.Kind kind, Upload upload) {
        try (InputStream content = upload.open()) {
            images.replace(viewer.id(), kind, content);
        } catch (ImageRejected e) {
            return imagesPage(request, viewer, new FormErrors().add(kind.field(), e.messageKey()), 400);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read an uploaded image", e);
        }
        request.flash("images.saved");
        return Response.redirect(PATH);
    }

    private Response imagesPage(WebRequest request, Viewer viewer, FormErrors errors, int status) {
        return Response.page("accounts/images.ftlh",
            Map.of("images", images.urls(viewer.id()), "errors", errors.translated(request.messages())), status);
    }
}
