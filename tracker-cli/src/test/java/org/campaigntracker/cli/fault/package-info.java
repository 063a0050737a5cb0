/** Fault tests of the command line: a database that is gone, an import killed half-way. */
package org.campaigntracker.cli.fault;
