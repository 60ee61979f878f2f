/**
 * The web layer that every feature's routes build on: the Undertow listener, routing, sessions in
 * the database, CSRF, forms, Freemarker rendering, translations, static assets, security headers and
 * error pages. It knows no feature; features hand it their routes.
 */
package org.grouprise.server.web;
