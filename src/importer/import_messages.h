// Every text gongkai import prints, in one table: the messages of the
// problems it finds and the words of its report.
//
// A message says three things, so a clerk can act on it without asking
// anyone: what was found, what was expected, and what to do. Where it is
// (file and line, or page and row) comes with the Diagnostic that carries
// it. The words are plain Chinese; "{1}", "{2}" … are filled in with the
// values of the case (a code, a line number, a name as printed).
//
// Readers and the command take their text from here, never write their
// own: a message that is unclear is fixed in one place, and a test reads
// the whole table (tests/unit/importer_messages_test.cc).
#pragma once

#include <string>
#include <vector>

namespace gongkai {

enum class ImportMessageId {
  // Reading the file.
  kCannotOpen,
  kCannotRead,
  kEmptyFile,
  kOleContainer,
  kBinaryFile,
  kDamagedUtf8,
  kUtf8Surrogate,
  kUtf8Overlong,
  kUnknownEncoding,
  kBadUtf16,
  kHtmlCharsetWrong,
  kPdfUnopenable,
  kPdfLocked,
  kPdfNoText,
  kPdfIllegible,
  // .docx and .xlsx (zip archives), .xls, HTML pages. {1} the file form
  // (".docx"), {2} the program that saves it ("Word"), {3} the part.
  kZipNotZip,
  kZipDamaged,
  kZipPartMissing,
  kZipEncrypted,
  kZipPartTooLarge,
  kZipPartDamaged,
  kDocxNoBody,
  kXlsxNoSheetList,
  kXlsxSheetUnreadable,
  kXlsxNoSheet,
  kXlsUnreadable,
  kXlsPassword,
  kXlsNoSheet,
  kHtmlUnparsable,
  kHtmlOnlyFrame,
  // What kind of document.
  kNoTablesNoProjects,
  kUnknownTextForm,
  kNoPerformanceTables,
  // Who and when.
  kNoDepartmentName,
  kNoYear,
  kNoJurisdictionCode,
  kJurisdictionAmbiguous,
  kNoDepartmentCode,
  kNoUnitLine,
  kUnitsOfDifferentDepartments,
  kNoDepartmentNameInDocument,
  kUnitlessTables,
  kNoProjectCodeForJurisdiction,
  kNoYearInTitleOrCodes,
  kNoJurisdictionName,
  kRegistryLine,
  // 绩效目标表 and their rows.
  kUnitNamedTwice,
  kProjectCodeTwice,
  kUnknownTableRow,
  kOddProjectCode,
  kAmountsNotInWanyuan,
  kNotAnAmount,
  kMilestonesExpected,
  kPlanValueUnplaced,
  kHeadingNameDiffers,
  kProjectWithoutName,
  kUnknownLevel1,
  kLevel2NotOfLevel1,
  kIndicatorRowCells,
  kIndicatorRowNoLevel,
  kSubGoalLabelFirst,
  kSubGoalSecondLabel,
  kSubGoalWithoutParagraph,
  // Patch files.
  kPatchExpectedString,
  kPatchEmptyField,
  kPatchUnknownField,
  kPatchExpectedObject,
  kPatchExpectedLine,
  kPatchExpectedFile,
  kPatchExpectedFormat,
  kPatchExpectedArray,
  kPatchOtherDocument,
  kPatchLinePastEnd,
  kPatchTextNotFound,
  kPatchTextFoundTwice,
  kPatchUnreadable,
  kPatchNotJson,
  // The command and writing.
  kUsageYear,
  kUsageJurisdiction,
  kUsageDepartment,
  kUsageNoFile,
  kUsageReportFile,
  kUsageUnknownFlag,
  kUsageUnknownFlagNear,
  kUsageFlagTakesNoValue,
  kUsageFlagNeedsValue,
  kFolderHoldsOtherDocument,
  kTwoDocumentsOneFolder,
  kCannotCreateFolder,
  kCannotWriteFile,
  kCannotPutFolderInPlace,
  kCannotWriteReport,
  kCannotWriteRegistry,
};

struct ImportMessageText {
  ImportMessageId id;
  const char* found;     // what is wrong, as the clerk sees it in the document
  const char* expected;  // what the importer needs there
  const char* action;    // what to do
};

// The table itself, in the order of ImportMessageId (for tests and docs).
const std::vector<ImportMessageText>& ImportMessageTable();

// "found；应为expected；action", with {1}, {2} … replaced by `values`.
std::string ImportMessage(ImportMessageId id, const std::vector<std::string>& values = {});

// The words of the command's console lines and of the report, in the table
// too: the severity words, the report's field names, its headings.
enum class ImportWordId {
  kError,
  kWarning,
  kUsagePrefix,
  kUsageHint,
  kErrorsNothingWritten,
  kDryRun,
  kWrote,
  kWroteRegistry,
  kWroteReport,
  kFieldEncoding,
  kFieldDetectedBy,
  kFieldLines,
  kFieldDepartment,
  kFieldJurisdiction,
  kFieldYear,
  kFieldTitle,
  kFieldUnits,
  kFieldGoals,
  kFieldSections,
  kFieldTables,
  kFieldProjects,
  kFieldFolder,
  kHeadingPatched,
  kHeadingGuesses,
  kHeadingRepairs,
  kHeadingSkipped,
  kWholeDocument,
  kLine,
  kLines,
  kPlace,
  kPlaces,
  kNone,
  kUnknown,
  kNotPrinted,
  kProjectsOfUnit,
  kGoalsCount,
  kParagraphs,
  kRows,
  kPublishedEmpty,
  kNoAmounts,
  kProjectsAndRows,
  kNoCode,
  kNoBudget,
  kProjectRows,
  kHelp,
  kHelpExitStatus,
  kFlagOut,
  kFlagYear,
  kFlagJurisdiction,
  kFlagDepartment,
  kFlagPatches,
  kFlagReport,
  kFlagDryRun,
  // The notes readers add to the report (import_report.h).
  kNoteCodeWrapRead,
  kNoteCodeUnreadable,
  kNoteParagraphRejoined,
  kNoteLinesAnd,
  kNoteRosterMatched,
  kNoteOwnUnitCode,
  kNoteRosterNoCode,
  kNoteUnitFromTableBefore,
  kNoteSectionId,
  kNoteOfficeCostsSentence,
  kNoteFewerAmounts,
  kNoteCodesJoined,
  kNoteOcrDel,
  kNoteMarkdownMarks,
  kNoteUnknownTableRow,
  kNoteCodeRejoined,
  kNoteNameFromHeading,
  kNoteNameCellReads,
  kNoteWithheld,
  kNoteContents,
  kNoteExplanationTitle,
  kNoteTopOfTable,
  kNoteOutsideBlocks,
  kNoteFieldCode,
  kNoteOcrNoise,
  kNoteUnitLineJoined,
  kNotePlanLabel,
  kNoteSplitText,
  kNoteMilestonesRegrouped,
  kNotePlanValuesRegrouped,
  kNoteIndicatorHeaderLost,
  kNoteIndicatorHeaderSix,
  kNoteRowContinued,
  kNoteIntoLine,
  kNoteLevel1FromLevel2,
  kNoteMergedLower,
  kNotePrinted,
  kNoteCellsSplitBySpace,
  kNoteExtractionMarks,
  kNoteCoverLine,
  kNoteNameJoined,
  kNoteTitleJoined,
  kNoteSubGoalsWhole,
  kNoteDepartmentCodeFromLine,
  kNoteOfLines,
  kNoteDepartmentCodeFromUnits,
  kNoteNameWithoutOwnUnit,
  kNoteNameFromDepartmentLine,
  kNoteNameFromUnit,
  kNoteUnitlessToOwnUnit,
  kNoteFlagAgainstCodes,
  kNoteJurisdictionFromCodes,
  kNoteOfCodes,
  kNoteNot,
  kNoteCodesCarryYear,
  kNoteYearFromTitle,
  kNoteYearFromCodes,
  kNoteJurisdictionNameDerived,
  kNoteFromDepartmentName,
  kNoteUnitStartsWith,
  kNoteHeaderRepeatedDropped,
};

// The word, with {1}, {2} … replaced by `values`.
std::string ImportWord(ImportWordId id, const std::vector<std::string>& values = {});

// Every word of the table (for tests).
std::vector<std::string> AllImportWords();

}  // namespace gongkai
