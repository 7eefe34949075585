// Putting a staged folder in place of another, and taking it back: the
// one rollback the site writer and the import writer share.
#pragma once

#include <filesystem>
#include <string>

namespace gongkai {

// Puts `staged` at `target`: in one step (RENAME_EXCHANGE) where the kernel
// can, else by moving the old one aside first and back if the second
// rename fails. What was at `target` ends at `retired` (nothing, if nothing
// was there). False, with `error`, when `target` is as it was.
bool SwapFolderIntoPlace(const std::filesystem::path& staged, const std::filesystem::path& target,
                         const std::filesystem::path& retired, std::string& error);

// Undoes a SwapFolderIntoPlace that succeeded: the new folder goes back to
// `staged`, the old one from `retired` back to `target`.
bool UndoFolderSwap(const std::filesystem::path& staged, const std::filesystem::path& target,
                    const std::filesystem::path& retired);

}  // namespace gongkai
