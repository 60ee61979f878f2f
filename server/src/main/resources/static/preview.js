// Live preview for markdown fields: a textarea with data-markdown-preview gets a "preview" button
// that asks the server to render the text exactly as saving would. Pages work without this script.
(function () {
    "use strict";

    function csrfToken(form) {
        var field = form && form.querySelector("input[name=csrfmiddlewaretoken]");
        return field ? field.value : "";
    }

    function attach(textarea) {
        var button = document.createElement("button");
        button.type = "button";
        button.className = "link preview-button";
        button.textContent = textarea.getAttribute("data-preview-label") || "Preview";
        var output = document.createElement("div");
        output.className = "markdown-preview";
        output.hidden = true;
        textarea.insertAdjacentElement("afterend", output);
        textarea.insertAdjacentElement("afterend", button);

        button.addEventListener("click", function () {
            fetch("/stadt/api/content/markdown/", {
                method: "POST",
                credentials: "same-origin",
                headers: {"Content-Type": "application/json", "X-CSRFToken": csrfToken(textarea.form)},
                body: JSON.stringify({
                    content: textarea.value,
                    preset: textarea.getAttribute("data-markdown-preview") || "content"
                })
            }).then(function (response) {
                return response.ok ? response.json() : Promise.reject(response.status);
            }).then(function (rendered) {
                // The server sanitised this HTML with the same allow-list as for saved texts.
                output.innerHTML = rendered.content;
                output.hidden = false;
            }).catch(function () {
                output.textContent = textarea.getAttribute("data-preview-error") || "Preview failed.";
                output.hidden = false;
            });
        });
    }

    document.querySelectorAll("textarea[data-markdown-preview]").forEach(attach);
}());
