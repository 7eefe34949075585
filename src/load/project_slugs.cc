#include "load/project_slugs.h"

#include <cstdint>

namespace gongkai {
namespace {

// FNV-1a: tiny, stable across platforms and releases (std::hash is neither).
uint64_t Fnv1a64(const std::string& bytes) {
  uint64_t hash = 14695981039346656037ull;
  for (unsigned char c : bytes) {
    hash ^= c;
    hash *= 1099511628211ull;
  }
  return hash;
}

}  // namespace

std::string DerivedProjectSlug(const Project& project) {
  if (!project.code.empty()) return project.code;
  static const char kHex[] = "0123456789abcdef";
  const uint64_t hash = Fnv1a64(project.unit_code + "\n" + project.name);
  std::string slug = "p-";
  for (int shift = 60; slug.size() < 12; shift -= 4) slug += kHex[(hash >> shift) & 0xF];
  return slug;
}

void AssignProjectSlugs(Site& site) {
  for (DepartmentYear& department : site.departments) {
    for (Project& project : department.projects) {
      if (project.slug.empty()) project.slug = DerivedProjectSlug(project);
    }
  }
}

}  // namespace gongkai
