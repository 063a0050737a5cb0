/** {@code tracker completion bash|zsh}: shell completion scripts generated from the command tree. */
package org.campaigntracker.cli.completion;
