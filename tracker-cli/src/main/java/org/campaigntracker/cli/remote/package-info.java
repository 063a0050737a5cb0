/**
 * Remote mode: the CLI talks to a tracker server over its HTTP API with a personal token instead of opening a
 * database. {@link org.campaigntracker.cli.remote.RemoteSettings} says where and with which token;
 * {@link org.campaigntracker.cli.remote.RemoteApi} makes the calls and turns problems back into core's exceptions;
 * the {@code Remote…} classes implement core's service ports over it, so commands run unchanged in both modes.
 */
package org.campaigntracker.cli.remote;
