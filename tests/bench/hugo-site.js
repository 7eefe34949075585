// The Hugo twin of a synthetic portal (generate-site.js --hugo DIR): the
// same department-years, projects and narrative sections as a Hugo 0.111
// site whose pages are the pages `gongkai build` makes of that content, so
// that make bench compares the two generators on the same work.
//
// One Hugo page per gongkai page, at the same URL (front matter `url`):
// the home page, a page per year, per department-year (every project's
// indicator table and the narrative section, as gongkai's department page
// shows them), per project, per department across its years, 搜索, 名词解释,
// 数据下载 and the 404 page. The data travel in JSON front matter and the
// layouts loop over them, as gongkai's templates loop over its views.
// Taxonomies, RSS and section lists are off: gongkai has none of them.
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const CONFIG = `baseURL = "/"
title = "预算信息公开（合成测试站点）"
languageCode = "zh-cn"
disableKinds = ["taxonomy", "term", "RSS", "section"]
disableHugoGeneratorInject = true
enableRobotsTXT = false
[markup.goldmark.renderer]
unsafe = false
`;

const LAYOUTS = {
  "_default/baseof.html": `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ .Title }} - {{ site.Title }}</title><link rel="stylesheet" href="/assets/site.css"></head>
<body><header><a href="/">{{ site.Title }}</a> <a href="/search/">搜索</a> <a href="/glossary/">名词解释</a> <a href="/data/">数据下载</a></header>
<main>{{ block "main" . }}{{ end }}</main><footer>{{ site.Title }}</footer></body></html>
`,
  "index.html": `{{ define "main" }}<h1>{{ site.Title }}</h1><ul>{{ range .Params.years }}<li><a href="/{{ .year }}/">{{ .year }}年</a>（{{ .count }}个部门）</li>{{ end }}</ul>{{ end }}
`,
  "_default/single.html": `{{ define "main" }}<h1>{{ .Title }}</h1>{{ partial (printf "%s.html" .Params.kind) . }}{{ end }}
`,
  "404.html": `{{ define "main" }}<h1>页面不存在</h1><p><a href="/">返回首页</a></p>{{ end }}
`,
  "partials/year.html": `<ul>{{ range .Params.departments }}<li><a href="{{ .url }}">{{ .name }}</a> {{ .projects }}个项目</li>{{ end }}</ul>
`,
  "partials/department.html": `<p>{{ .Params.jurisdiction }} {{ .Params.year }}年</p>
<table><thead><tr><th>单位编码</th><th>单位名称</th></tr></thead><tbody>{{ range .Params.units }}<tr id="unit-{{ .code }}"><td>{{ .code }}</td><td>{{ .name }}</td></tr>{{ end }}</tbody></table>
{{ range .Params.overall }}<p>{{ . }}</p>{{ end }}
{{ $base := .Params.base }}{{ range .Params.projects }}<section id="project-{{ .code }}"><h2><a href="{{ $base }}projects/{{ .code }}/">{{ .name }}</a></h2>
<p>预算 {{ .budget }} 万元，财政拨款 {{ .fiscal_funds }} 万元，其他资金 {{ .other_funds }} 万元</p>{{ partial "indicators.html" . }}</section>{{ end }}
{{ .Content }}
`,
  "partials/project.html": `<p><a href="{{ .Params.department_url }}">{{ .Params.department }}</a></p>
<dl><dt>项目编码</dt><dd>{{ .Params.project.code }}</dd><dt>预算</dt><dd>{{ .Params.project.budget }} 万元</dd><dt>用途</dt><dd>{{ .Params.project.purpose }}</dd></dl>
<ol>{{ range .Params.project.goals }}<li>{{ . }}</li>{{ end }}</ol>{{ partial "indicators.html" .Params.project }}
`,
  "partials/indicators.html": `<details><summary>绩效指标</summary><table><thead><tr><th>一级指标</th><th>二级指标</th><th>三级指标</th><th>指标值</th><th>依据</th></tr></thead><tbody>
{{ $code := .code }}{{ range $i, $row := .indicators }}<tr id="project-{{ $code }}-i{{ $i }}"><td>{{ $row.level1 }}</td><td>{{ $row.level2 }}</td><td>{{ $row.name }}</td><td>{{ $row.value }}</td><td>{{ $row.basis }}</td></tr>{{ end }}</tbody></table></details>
`,
  "partials/department_years.html": `<table><thead><tr><th>年度</th><th>项目数</th></tr></thead><tbody>{{ range .Params.years }}<tr><td><a href="{{ .url }}">{{ .year }}</a></td><td>{{ .projects }}</td></tr>{{ end }}</tbody></table>
`,
  "partials/plain.html": `{{ .Content }}
`
};

function writeJsonPage(file, frontMatter, body) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(frontMatter) + "\n\n" + (body || ""));
}

// disclosures: [{document, section}] as generate-site.js writes them to
// content/, document in our format (docs/format.md), section the markdown.
function writeHugoSite(out, disclosures) {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  fs.writeFileSync(path.join(out, "config.toml"), CONFIG);
  for (const [name, text] of Object.entries(LAYOUTS)) {
    fs.mkdirSync(path.dirname(path.join(out, "layouts", name)), { recursive: true });
    fs.writeFileSync(path.join(out, "layouts", name), text);
  }
  fs.mkdirSync(path.join(out, "static", "assets"), { recursive: true });
  fs.writeFileSync(path.join(out, "static", "assets", "site.css"), "body{font-family:sans-serif;max-width:60em;margin:auto}\n");

  const pages = path.join(out, "content", "p");
  const years = new Map();
  const departments = new Map();
  let count = 0;
  for (const { document, section } of disclosures) {
    const jurisdiction = document.jurisdiction, department = document.department;
    const base = `/${document.year}/${jurisdiction.code}/${department.code}/`;
    const key = `${jurisdiction.code}/${department.code}`;
    if (!years.has(document.year)) years.set(document.year, []);
    years.get(document.year).push({ url: base, name: department.name, projects: document.projects.length });
    if (!departments.has(key)) departments.set(key, { name: department.name, years: [] });
    departments.get(key).years.push({ year: document.year, url: base, projects: document.projects.length });
    const folder = path.join(pages, String(document.year), `${jurisdiction.code}-${department.code}`);
    writeJsonPage(path.join(folder, "_department.md"), {
      title: `${department.name}${document.year}年部门预算`, url: base, kind: "department", base,
      year: document.year, jurisdiction: jurisdiction.name, units: document.units,
      overall: (document.goals && document.goals.overall) || [], projects: document.projects
    }, section);
    count++;
    for (const project of document.projects) {
      writeJsonPage(path.join(folder, `${project.code}.md`), {
        title: project.name, url: `${base}projects/${project.code}/`, kind: "project",
        department: department.name, department_url: base, project
      });
      count++;
    }
  }
  for (const [year, list] of years) {
    writeJsonPage(path.join(pages, `year-${year}.md`), { title: `${year}年`, url: `/${year}/`, kind: "year", departments: list });
    count++;
  }
  for (const [key, department] of departments) {
    writeJsonPage(path.join(pages, "departments", `${key.replace("/", "-")}.md`), {
      title: department.name, url: `/${key}/`, kind: "department_years", years: department.years
    });
    count++;
  }
  for (const [slug, title] of [["search", "搜索"], ["glossary", "名词解释"], ["data", "数据下载"]]) {
    writeJsonPage(path.join(pages, `${slug}.md`), { title, url: `/${slug}/`, kind: "plain" }, title + "\n");
    count++;
  }
  const home = Array.from(years, ([year, list]) => ({ year, count: list.length }));
  writeJsonPage(path.join(out, "content", "_index.md"), { title: "首页", years: home });
  count += 2;  // the home page and 404.html
  return count;
}

module.exports = { writeHugoSite };
