package org.grouprise.archfixture.groups;

import org.grouprise.archconsole.ConsoleViewModel;

/** Breaks the rule that the server shares nothing with the console but the shared model. */
public final class ConsoleAwareService {
    public String title(ConsoleViewModel viewModel) {
        return viewModel.title();
    }
}
