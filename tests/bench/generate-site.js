#!/usr/bin/env node
// A synthetic portal in our content format (docs/format.md), for the
// benchmarks, and with --hugo the same portal as a Hugo site (hugo-site.js):
//   node tests/bench/generate-site.js --projects 10000 --out /tmp/content-10k [--hugo /tmp/hugo-10k]
//
// Deterministic: the same --projects gives the same files. Its words come
// from the sample content (content/: projects, indicators, goals, sections
// of two real disclosures) and the project names listed in the seed
// documents (content/sources), so term statistics look like the real
// thing: the same few hundred project names and indicator phrases recur
// across departments and years, codes are unique.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { writeHugoSite } = require("./hugo-site.js");

const SOURCE_DIR = path.resolve(__dirname, "..", "..");

function flag(name, fallback) {
  const at = process.argv.indexOf("--" + name);
  return at >= 0 ? process.argv[at + 1] : fallback;
}

// mulberry32: a small seeded PRNG, so runs are reproducible.
function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readSample(contentDir) {
  const departments = [];
  const sections = [];
  for (const year of fs.readdirSync(contentDir).filter((n) => /^\d{4}$/.test(n)).sort()) {
    for (const folder of fs.readdirSync(path.join(contentDir, year)).sort()) {
      const dir = path.join(contentDir, year, folder);
      departments.push(JSON.parse(fs.readFileSync(path.join(dir, "department.json"), "utf8")));
      const sectionDir = path.join(dir, "sections");
      if (fs.existsSync(sectionDir)) {
        for (const file of fs.readdirSync(sectionDir).sort()) sections.push(fs.readFileSync(path.join(sectionDir, file), "utf8"));
      }
    }
  }
  return { departments, sections };
}

// Project names from the seeds' tables of contents ("12.关工委经费绩效目标表").
function seedProjectNames(seedsDir) {
  const names = new Set();
  if (!fs.existsSync(seedsDir)) return [];
  for (const file of fs.readdirSync(seedsDir).sort()) {
    if (!file.endsWith(".txt")) continue;  // the originals folder holds PDFs too
    const text = fs.readFileSync(path.join(seedsDir, file), "utf8");
    for (const match of text.matchAll(/^\s*\d+[.、]([^.…\n]+?)绩效目标表/gm)) {
      let name = match[1].replace(/^.*TC\s*\d+、/, "").replace(/[{}\\"\s]/g, "").replace(/^\d+[.、]/, "");
      if (name.length >= 4 && name.length <= 60) names.add(name);
    }
  }
  return Array.from(names).sort();
}

const JURISDICTIONS = [
  ["130624", "阜平县"], ["130322", "昌黎县"], ["130529", "巨鹿县"], ["130321", "青龙满族自治县"], ["130324", "卢龙县"],
  ["130302", "海港区"], ["130303", "山海关区"], ["130304", "北戴河区"], ["130306", "抚宁区"], ["130821", "承德县"],
  ["130822", "兴隆县"], ["130824", "滦平县"], ["130825", "隆化县"], ["130826", "丰宁满族自治县"], ["130827", "宽城满族自治县"],
  ["130828", "围场满族蒙古族自治县"], ["130521", "临城县"], ["130522", "内丘县"], ["130523", "柏乡县"], ["130524", "隆尧县"],
  ["130526", "任泽区"], ["130527", "南和区"], ["130528", "宁晋县"], ["130530", "新河县"], ["130531", "广宗县"]
];

const DEPARTMENT_KINDS = [
  ["201", "委办公室"], ["203", "委组织部"], ["204", "委宣传部"], ["205", "委统战部"], ["206", "委政法委员会"],
  ["207", "纪委监委"], ["208", "委机关工委"], ["209", "委老干部局"], ["210", "委巡察办"], ["211", "委网信办"],
  ["212", "委编办"], ["213", "委党校"], ["214", "档案馆"], ["215", "共青团委员会"], ["216", "妇女联合会"],
  ["217", "文学艺术界联合会"], ["218", "科学技术协会"], ["219", "残疾人联合会"], ["220", "工商业联合会"], ["221", "总工会"],
  ["222", "委党群工作部"], ["223", "委党建工作部"]
];

const UNIT_KINDS = ["本级", "信息中心", "服务中心", "活动中心", "大数据发展中心"];

function main() {
  const total = Number(flag("projects", "10000"));
  const out = flag("out", null);
  if (!out || !(total > 0)) {
    console.error("usage: generate-site.js --projects N --out DIR [--hugo DIR] [--content content] [--seeds content/sources]");
    process.exit(2);
  }
  const sample = readSample(flag("content", path.join(SOURCE_DIR, "content")));
  const templates = sample.departments.flatMap((d) => d.projects.filter((p) => !p.withheld));
  const names = Array.from(new Set(templates.map((p) => p.name).concat(
    seedProjectNames(flag("seeds", path.join(SOURCE_DIR, "content", "sources")))))).sort();
  const rand = random(20240601 + total);
  const pick = (list) => list[Math.floor(rand() * list.length)];

  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "site.json"), JSON.stringify({
    format: 1, title: "预算信息公开（合成测试站点）", base_url: "/", publisher: "gongkai 基准测试"
  }, null, 2) + "\n");

  // Departments, each with a stable set of project names it funds every year.
  const years = [2024, 2023, 2022, 2021, 2020, 2019];
  const perDepartmentYear = 40;
  // More departments than 40 projects a year needs: the oldest year ends
  // part-filled, as a portal that grew over the years would.
  const departmentCount = Math.max(1, Math.ceil(total / (perDepartmentYear * 0.8) / years.length));
  const departments = [];
  for (let k = 0; k < departmentCount; k++) {
    const [jurisdictionCode, jurisdictionName] = JURISDICTIONS[k % JURISDICTIONS.length];
    const [departmentCode, kind] = DEPARTMENT_KINDS[Math.floor(k / JURISDICTIONS.length) % DEPARTMENT_KINDS.length];
    const round = Math.floor(k / (JURISDICTIONS.length * DEPARTMENT_KINDS.length));
    const code = round === 0 ? departmentCode : String(Number(departmentCode) + 100 * round);
    const name = (kind.startsWith("委") || kind.startsWith("纪委") ? "中共" : "") + jurisdictionName + kind;
    const units = UNIT_KINDS.slice(0, 1 + Math.floor(rand() * 3)).map((unit, u) => ({
      code: code.padStart(3, "0") + String(u + 1).padStart(3, "0"),
      name: u === 0 ? name + "本级" : jurisdictionName + unit
    }));
    const portfolio = [];
    for (let p = 0; p < 60; p++) portfolio.push(pick(names));
    departments.push({ jurisdictionCode, jurisdictionName, code, name, units, portfolio });
  }

  let written = 0;
  let sequence = 0;
  const disclosures = [];
  for (const year of years) {
    for (const department of departments) {
      if (written >= total) break;
      const count = Math.min(total - written, 20 + Math.floor(rand() * (2 * perDepartmentYear - 40 + 1)));
      const projects = [];
      for (let n = 0; n < count; n++) {
        const template = pick(templates);
        const name = department.portfolio[n % department.portfolio.length].replace(/20\d\d/g, String(year));
        const code = department.jurisdictionCode + String(year % 100).padStart(2, "0") + "P" +
          department.code.padStart(3, "0") + String(++sequence).padStart(7, "0") + "ABCDEFGHJK"[sequence % 10];
        const project = {
          number: n + 1, code, name, unit: pick(department.units).code,
          budget: template.budget, fiscal_funds: template.fiscal_funds, other_funds: template.other_funds,
          purpose: template.purpose, plan: template.plan, goals: template.goals, indicators: template.indicators
        };
        for (const key of Object.keys(project)) if (project[key] === undefined) delete project[key];
        projects.push(project);
      }
      written += count;
      const goalsFrom = pick(sample.departments);
      const document = {
        format: 1, year,
        jurisdiction: { code: department.jurisdictionCode, name: department.jurisdictionName },
        department: { code: department.code, name: department.name },
        title: year + "年部门预算绩效目标",
        units: department.units,
        goals: goalsFrom.goals,
        projects
      };
      if (!document.goals) delete document.goals;
      const dir = path.join(out, String(year), department.jurisdictionCode + "-" + department.code);
      fs.mkdirSync(path.join(dir, "sections"), { recursive: true });
      fs.writeFileSync(path.join(dir, "department.json"), JSON.stringify(document, null, 1) + "\n");
      const section = sample.sections.length ? pick(sample.sections) : "";
      if (section) fs.writeFileSync(path.join(dir, "sections", "01-measures.md"), section);
      disclosures.push({ document, section });
    }
  }
  console.log(`generate-site: ${written} projects in ${out}`);
  const hugo = flag("hugo", null);
  if (hugo) console.log(`generate-site: ${writeHugoSite(hugo, disclosures)} Hugo pages in ${hugo}`);
}

main();
