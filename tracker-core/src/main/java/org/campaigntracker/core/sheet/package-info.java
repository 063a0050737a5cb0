/**
 * Spreadsheets as teams keep them (.xlsx, .ods, .csv) read into one shape: a {@link
 * org.campaigntracker.core.sheet.Sheet} of {@link org.campaigntracker.core.sheet.SheetRow}s, each cell text
 * addressed as a spreadsheet application shows it ({@code Contacts!C14}), so every import maps columns and names
 * bad cells the same way whatever the file format. Reading is bounded (file size, unpacked size, rows, columns,
 * cell length).
 */
package org.campaigntracker.core.sheet;
