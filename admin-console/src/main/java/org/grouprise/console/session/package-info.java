/** The screen shown after a successful login: which server the console talks to and until when. */
package org.grouprise.console.session;
