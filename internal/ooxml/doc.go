// Package ooxml writes Office Open XML documents (ECMA-376, ISO/IEC 29500)
// with the standard library only: a Word document (WordprocessingML, .docx)
// with [Document] and a spreadsheet (SpreadsheetML, .xlsx) with [Workbook].
//
// Both writers are deterministic: the same input gives the same bytes, with
// the parts in a fixed order, a fixed modification time in the zip archive
// and no map order leaking into the output, so a file can be compared,
// hashed or journalised as it is.
//
// Text is never markup: it is escaped for XML, control characters other
// than line breaks and tabs are dropped, invalid UTF-8 becomes U+FFFD and
// characters that XML 1.0 forbids are dropped, so every part is well-formed
// whatever the input.
//
// # Word documents
//
// A [Document] is a list of blocks: headings in the built-in styles
// "heading 1" to "heading 3" (so Word's navigation pane and a table of
// contents field find them), paragraphs of bold and italic runs, bulleted
// lists and tables with borders, a repeated header row, cell shading and
// cells spanning columns. The page is A4 portrait with a footer that counts
// the pages in the document's language ("Side 2 af 9", "Page 2 of 9"); the
// title, author, organisation, version and date go into the document
// properties.
//
// # Spreadsheets
//
// A [Workbook] holds sheets of strings, numbers and dates (stored as serial
// day numbers with an ISO 8601 date format, so they sort and filter as
// dates), each sheet with a bold header row that stays in view when the
// sheet scrolls and is printed on every page, an autofilter over the header
// and column widths. Text longer than its column wraps, and the row's
// height is set to the wrapped text, as not every reader fits it on opening;
// cells sit at the top of their row, and sheets print landscape on A4.
// [ReadSheets] reads a workbook back, for tests.
package ooxml
