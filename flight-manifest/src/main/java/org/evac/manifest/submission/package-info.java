/**
 * What an upload carries once its format is read: the passengers and where each came from. Every
 * format's parser ({@code csv}, {@code paxlst}, the JSON request) produces a {@link
 * org.evac.manifest.submission.Submission}; the checks read its passengers. Depends on nothing else
 * in the service.
 */
package org.evac.manifest.submission;
