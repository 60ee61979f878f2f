package org.grouprise.server.content;

/** The fields of the article form; {@code slug} is empty when creating (it is made from the title). */
public record ArticleForm(String title, String text, boolean isPublic, boolean pinned, String slug) {

    /** A new article's form: public by default, as in grouprise. */
    static ArticleForm blank() {
        return new ArticleForm("", "", true, false, "");
    }
}
