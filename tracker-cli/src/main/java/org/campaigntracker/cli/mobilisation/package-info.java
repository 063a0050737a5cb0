/** {@code tracker mobilisation}: petitions, joint appeals and letter campaigns, their counts and their delivery. */
package org.campaigntracker.cli.mobilisation;
