/**
 * Tests of the bundled browser pages in a real headless Chromium, driven through {@link
 * org.campaigntracker.api.web.Browser}, a small W3C WebDriver client any page test can reuse.
 */
package org.campaigntracker.api.web;
