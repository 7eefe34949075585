#include "importer/read/xls_reader.h"

#include <freexl.h>
#include <sys/mman.h>
#include <unistd.h>

#include <map>

#include "importer/cjk_text.h"
#include "importer/import_messages.h"
#include "importer/read/grid_source.h"
#include "importer/read/shown_number.h"

namespace gongkai {
namespace {

constexpr unsigned kMaxRows = 100000;
// An anonymous in-memory file holding `bytes`, for a library that opens paths.
class MemoryFile {
 public:
  explicit MemoryFile(const std::string& bytes) : fd_(memfd_create("gongkai-xls", MFD_CLOEXEC)) {
    size_t written = 0;
    while (fd_ >= 0 && written < bytes.size()) {
      const ssize_t got = write(fd_, bytes.data() + written, bytes.size() - written);
      if (got <= 0) {
        close(fd_);
        fd_ = -1;
        break;
      }
      written += static_cast<size_t>(got);
    }
  }
  ~MemoryFile() {
    if (fd_ >= 0) close(fd_);
  }
  MemoryFile(const MemoryFile&) = delete;
  MemoryFile& operator=(const MemoryFile&) = delete;

  bool ok() const { return fd_ >= 0; }
  std::string path() const { return "/proc/self/fd/" + std::to_string(fd_); }

 private:
  int fd_;
};

struct Handle {
  const void* xls = nullptr;
  ~Handle() {
    if (xls) freexl_close(xls);
  }
};

struct ReadCell {
  std::string text;  // text as stored; numbers: the decimal text of the double
  bool number = false;
};

}  // namespace

std::optional<SourceDocument> ReadXls(const std::string& path, const std::string& bytes, Diagnostics& diagnostics) {
  const SourceLocation where = FileLocation(path);
  MemoryFile file(bytes);
  Handle handle;
  if (!file.ok() || freexl_open(file.path().c_str(), &handle.xls) != FREEXL_OK) {
    handle.xls = nullptr;
    diagnostics.Error(where, ImportMessage(ImportMessageId::kXlsUnreadable));
    return std::nullopt;
  }
  unsigned int password = 0, sheets = 0;
  if (freexl_get_info(handle.xls, FREEXL_BIFF_PASSWORD, &password) == FREEXL_OK && password == FREEXL_BIFF_OBFUSCATED) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kXlsPassword));
    return std::nullopt;
  }
  freexl_get_info(handle.xls, FREEXL_BIFF_SHEET_COUNT, &sheets);
  GridSource source;
  std::string sheet_list;
  int page = 0;
  for (unsigned short sheet = 0; sheet < sheets; ++sheet) {
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(handle.xls, sheet) != FREEXL_OK ||
        freexl_worksheet_dimensions(handle.xls, &rows, &columns) != FREEXL_OK) {
      continue;
    }
    ++page;
    const char* name = nullptr;
    if (freexl_get_worksheet_name(handle.xls, sheet, &name) == FREEXL_OK && name) {
      sheet_list += (sheet_list.empty() ? "" : "、") + std::string(name);
    }
    std::vector<std::map<int, ReadCell>> grid(std::min(rows, kMaxRows));
    int decimals = 0;  // the most decimals a number of the sheet shows
    for (unsigned r = 0; r < grid.size(); ++r) {
      for (unsigned short c = 0; c < columns; ++c) {
        FreeXL_CellValue value;
        if (freexl_get_cell_value(handle.xls, r, c, &value) != FREEXL_OK) continue;
        ReadCell cell;
        switch (value.type) {
          case FREEXL_CELL_INT: cell = {std::to_string(value.value.int_value), true}; break;
          case FREEXL_CELL_DOUBLE: cell = {ShortestText(value.value.double_value), true}; break;
          case FREEXL_CELL_TEXT:
          case FREEXL_CELL_SST_TEXT:
          case FREEXL_CELL_DATE:
          case FREEXL_CELL_DATETIME:
          case FREEXL_CELL_TIME:
            cell.text = value.value.text_value ? value.value.text_value : "";
            break;
          default: continue;
        }
        if (TrimAscii(cell.text).empty()) continue;
        if (cell.number) decimals = std::max(decimals, ShownDecimals(cell.text));
        grid[r][c] = std::move(cell);
      }
    }
    // The last column each text cell of the row above reaches, when that
    // row has no numbers (a heading row): a heading under it reaches no
    // further than the heading it stands under.
    std::map<int, int> reach_above;
    for (unsigned r = 0; r < grid.size(); ++r) {
      SourceBlock block;
      block.kind = SourceBlock::Kind::kTableRow;
      block.page = page;
      block.row = static_cast<int>(r) + 1;
      bool has_number = false;
      for (const auto& [column, cell] : grid[r]) has_number = has_number || cell.number;
      std::map<int, int> reach;
      for (auto at = grid[r].begin(); at != grid[r].end(); ++at) {
        const auto& [column, cell] = *at;
        SourceCell out;
        out.column = column;
        if (cell.number) {
          ShownFormat format;
          format.general = false;
          format.decimals = decimals;
          out.paragraphs = {ShowNumber(cell.text, format)};
        } else {
          out.paragraphs = {cell.text};
          if (!has_number) {
            // A heading runs over the empty cells to its right, up to the
            // next heading of its row, within the heading above it.
            const auto next = std::next(at);
            int last = (next == grid[r].end() ? static_cast<int>(columns) : next->first) - 1;
            const auto above = reach_above.upper_bound(column);
            if (above != reach_above.begin() && std::prev(above)->second >= column) {
              last = std::min(last, std::prev(above)->second);
            }
            out.columns = last - column + 1;
            reach[column] = last;
          }
        }
        out.columns = std::max(1, out.columns);
        block.cells.push_back(std::move(out));
      }
      reach_above = has_number ? std::map<int, int>{} : std::move(reach);
      source.blocks.push_back(std::move(block));
    }
  }
  if (page == 0) {
    diagnostics.Error(where, ImportMessage(ImportMessageId::kXlsNoSheet));
    return std::nullopt;
  }
  source.notes.push_back({true, 0,
                          ".xls 不保存数字格式：每个数取 15 位有效数字，同一工作表的数按其中显示的最多小数位数写出（按十进制位舍入，不经二进制浮点）；"
                          "无数字的行（标题、表头）里，文字延伸到右边的空单元格，直到同一行的下一格文字，且不超出上一行它所在的那一格，代替 .xls 读不到的合并单元格",
                          ""});
  return GridSourceDocument(path, SourceKind::kSpreadsheet, source, GridLineForm::kSheetRows,
                            "工作表的行，按工作表顺序连续编号（" + std::to_string(page) + " 张工作表：" + sheet_list + "）");
}

}  // namespace gongkai
