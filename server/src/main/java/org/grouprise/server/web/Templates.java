package org.grouprise.server.web;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateScalarModel;
import freemarker.template.Version;
import freemarker.template.utility.DeepUnwrap;

import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders {@code .ftlh} templates from {@code templates/} on the class path. The {@code .ftlh}
 * extension makes Freemarker escape every value as HTML unless a template says {@code ?no_esc},
 * which only our sanitiser's output may use.
 */
public final class Templates {
    private static final Version VERSION = Configuration.VERSION_2_3_34;

    private final Configuration configuration;
    private final StaticAssets assets;

    public Templates(StaticAssets assets) {
        this.assets = assets;
        configuration = new Configuration(VERSION);
        configuration.setClassForTemplateLoading(Templates.class, "/templates");
        configuration.setDefaultEncoding("UTF-8");
        configuration.setRecognizeStandardFileExtensions(true);
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setObjectWrapper(new DefaultObjectWrapperBuilder(VERSION).build());
    }

    /** Renders a page with the model plus what every page needs: texts, CSRF token, viewer, assets. */
    String render(String template, Map<String, Object> model, PageContext context) {
        Map<String, Object> data = new HashMap<>(model);
        Messages messages = context.messages();
        data.put("t", (TemplateMethodModelEx) arguments -> translate(messages, arguments));
        data.put("asset", (TemplateMethodModelEx) arguments -> assets.url(argument(arguments, 0)));
        data.put("csrf", new CsrfTokenModel(context));
        data.put("lang", messages.locale().getLanguage());
        data.put("requestPath", context.path());
        context.viewer().ifPresent(viewer -> data.put("viewer", viewer));
        data.putIfAbsent("flash", context.flash());
        return process(template, data);
    }

    private String process(String name, Map<String, Object> data) {
        try {
            Template template = configuration.getTemplate(name);
            StringWriter out = new StringWriter();
            template.process(data, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            throw new IllegalStateException("Cannot render template " + name + ": " + e.getMessage(), e);
        }
    }

    private static String translate(Messages messages, List<?> arguments) throws TemplateModelException {
        String key = argument(arguments, 0);
        Object[] rest = new Object[arguments.size() - 1];
        for (int i = 1; i < arguments.size(); i++) {
            // Numbers stay numbers, so that choice patterns ("{0,choice,...}") work.
            Object argument = arguments.get(i);
            rest[i - 1] = argument instanceof TemplateModel model ? DeepUnwrap.unwrap(model) : argument;
        }
        return messages.get(key, rest);
    }

    private static String argument(List<?> arguments, int index) throws TemplateModelException {
        if (arguments.size() <= index) {
            throw new TemplateModelException("missing argument " + (index + 1));
        }
        return arguments.get(index).toString();
    }

    /** What every page knows about its request. */
    interface PageContext {
        Messages messages();

        Optional<Viewer> viewer();

        String csrfToken();

        String path();

        List<String> flash();
    }

    /** The CSRF token, asked for only by pages with a form, so plain pages create no session. */
    private record CsrfTokenModel(PageContext context) implements TemplateScalarModel {
        @Override
        public String getAsString() {
            return context.csrfToken();
        }
    }
}
