/**
 * {@code tracker privacy export|forget|sweep|rotate-key}, {@code tracker audit list}, {@code tracker backup} and
 * {@code tracker restore}: thin commands over core's privacy, audit and backup features. Every command that reads or
 * changes personal data leaves an audit event naming the operating-system account.
 */
package org.campaigntracker.cli.privacy;
