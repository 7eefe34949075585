#include "cli/console.h"

namespace gongkai {

void PrintDiagnostics(const Diagnostics& diagnostics, std::ostream& err) {
  int shown = 0;
  // Errors first: they are what stops the build.
  for (Severity severity : {Severity::kError, Severity::kWarning}) {
    for (const Diagnostic& diagnostic : diagnostics.all()) {
      if (diagnostic.severity != severity) continue;
      if (shown++ < kMaxShownDiagnostics) err << FormatDiagnostic(diagnostic) << "\n";
    }
  }
  const int total = static_cast<int>(diagnostics.all().size());
  if (total > kMaxShownDiagnostics) {
    err << "gongkai: … and " << (total - kMaxShownDiagnostics) << " more not shown\n";
  }
  if (total > 0) {
    err << "gongkai: " << diagnostics.error_count() << " error(s), " << diagnostics.warning_count()
        << " warning(s)\n";
  }
}

}  // namespace gongkai
