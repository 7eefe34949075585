// gongkai search: runs in the browser on the index that `gongkai build`
// writes under search/data/ (src/search/shard_writer.h describes the files,
// src/search/ranking.h the ranking, src/search/tokenizer.h the terms).
// No framework, no server, nothing from another site.
//
// A query fetches meta.json, one dictionary shard per term, the chunks of
// long posting lists only as far as the results shown need, and the
// document shards of the results shown; everything fetched is kept for
// the next query. The engine (top half) has no DOM: the benchmark runs it
// under node with a fetch that counts bytes.
(function () {
  "use strict";

  var PAGE_SIZE = 10;          // results verified and shown per page
  var MAX_PREFIX_WORDS = 50;   // a short word prefix expands to at most this many words
  var MAX_PREFIX_SHARDS = 2;   // … found in at most this many dictionary shards
  var MAX_PROBES = 2;          // other terms with long lists checked in the index, not the text
  var MAX_PROBE_WORDS = 3;     // … when they expand to at most this many words
  var MAX_RUN_PAIRS = 3;       // pairs of Han characters looked up for a run of them (hanPairs)
  var RANK_COUNT = 3;          // ranking.h: name, indicator, text
  var KIND_KEYS = ["department", "project", "indicator", "section"];

  // ---- Tokenizer: the same rules as src/search/tokenizer.cc ----

  // One UTF-16 unit in, one out: full-width ASCII, the ideographic space and
  // A-Z are all single units, so offsets in folded text are offsets in the
  // original.
  // (A replace, not a loop over every unit: every shown candidate's whole
  // text is folded, on a phone's CPU.)
  function fold(text) {
    return text.replace(/[\uff01-\uff5e\u3000A-Z]/g, function (ch) {
      var c = ch.charCodeAt(0);
      if (c === 0x3000) return " ";
      if (c >= 0xff01) c -= 0xfee0;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
      return String.fromCharCode(c);
    });
  }

  function isHan(cp) {
    return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x20000 && cp <= 0x2fa1f) ||
      (cp >= 0xf900 && cp <= 0xfaff) || cp === 0x3007;
  }

  function isWordChar(cp) { return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39); }

  function charKind(cp) { return isHan(cp) ? 1 : isWordChar(cp) ? 2 : 0; }

  // Folded text without the spaces between a Han character and a letter or
  // digit (tokenizer.h JoinHanAndWords: "2024 年度" reads as "2024年度"),
  // with where each of its units is in the text: {text, at: [offset …]},
  // at null when nothing was dropped (offsets are the text's own).
  function joinHanAndWords(folded) {
    var cuts = [];
    var spaces = /[ \t]+/g;
    for (var m; (m = spaces.exec(folded));) {
      var start = m.index;
      var end = start + m[0].length;
      if (start === 0 || end >= folded.length) continue;
      var before = folded.charCodeAt(start - 1);
      if (start >= 2 && before >= 0xdc00 && before <= 0xdfff) before = folded.codePointAt(start - 2);
      var kinds = [charKind(before), charKind(folded.codePointAt(end))];
      if (kinds[0] !== 0 && kinds[1] !== 0 && kinds[0] !== kinds[1]) cuts.push([start, end]);
    }
    if (cuts.length === 0) return { text: folded, at: null };
    var pieces = [];
    var at = [];
    var pos = 0;
    cuts.concat([[folded.length, folded.length]]).forEach(function (cut) {
      pieces.push(folded.slice(pos, cut[0]));
      for (var k = pos; k < cut[0]; k++) at.push(k);
      pos = cut[1];
    });
    at.push(folded.length);
    return { text: pieces.join(""), at: at };
  }

  // The text as search reads it: folded, Han and words joined.
  function searchText(text) { return joinHanAndWords(fold(text)); }

  // The query as parts (separated by spaces; each must appear as written)
  // and the index terms to look up: Han pairs (a lone Han character as
  // itself), words (prefixes when last in a part and two characters or
  // longer), and where a word touches a Han character the two together,
  // which stand for both (2021年 for 2021 and 年).
  function parseQuery(query) {
    var parts = [];
    var byPart = {};  // part → its terms
    var terms = [];
    var seen = {};
    var hanCount = 0;
    var wordChars = 0;
    fold(query).split(/\s+/).forEach(function (part) {
      // Cut the part into runs: {han: [chars]} or {word: "…"}.
      var runs = [];
      for (var i = 0; i < part.length;) {
        var cp = part.codePointAt(i);
        var ch = String.fromCodePoint(cp);
        i += ch.length;
        var last = runs[runs.length - 1];
        if (isWordChar(cp)) {
          if (last && last.word !== undefined) last.word += ch; else runs.push({ word: ch });
        } else if (isHan(cp)) {
          if (last && last.han) last.han.push(ch); else runs.push({ han: [ch] });
        } else {
          runs.push({ other: true });
        }
      }
      var partTerms = [];
      runs.forEach(function (run, k) {
        var before = runs[k - 1];
        var after = runs[k + 1];
        if (run.han) {
          hanCount += run.han.length;
          hanPairs(run.han).forEach(function (pair) { partTerms.push({ term: pair, prefix: false }); });
          var touchesWord = (before && before.word !== undefined) || (after && after.word !== undefined);
          if (run.han.length === 1 && !touchesWord) partTerms.push({ term: run.han[0], prefix: false });
        } else if (run.word !== undefined) {
          wordChars += run.word.length;
          var last = k === runs.length - 1;
          var prefix = last && run.word.length >= 2;
          if (after && after.han) partTerms.push({ term: run.word + after.han[0], prefix: false });
          if (before && before.han) {
            partTerms.push({ term: before.han[before.han.length - 1] + run.word, prefix: last });
          } else if (!(after && after.han)) {
            partTerms.push({ term: run.word, prefix: prefix });
          }
        }
      });
      if (partTerms.length === 0) return;  // punctuation alone: nothing to look up
      if (parts.indexOf(part) < 0) parts.push(part);
      byPart[part] = (byPart[part] || []).concat(partTerms);
      partTerms.forEach(function (t) {
        var key = (t.prefix ? "*" : "=") + t.term;
        if (!seen[key]) { seen[key] = true; terms.push(t); }
      });
    });
    return {
      parts: parts, terms: terms, termsOf: function (some) { return termsOfParts(byPart, some); },
      tooShort: terms.length === 0 || (hanCount === 0 && wordChars < 2)
    };
  }

  // The pairs of a run of Han characters that a query looks up: every
  // other pair, and the last, so that each character is in one, and of
  // those at most MAX_RUN_PAIRS, the first, the last and the ones evenly
  // between (昌黎 组织 织部 for 昌黎县委组织部, not all six). The pairs left
  // out are still checked, in the text of each result; looking them up
  // would fetch a dictionary shard each (and on HTTP/1.1 more than six
  // wait for a connection) to rule out few candidates more.
  function hanPairs(chars) {
    var covering = [];
    for (var j = 1; j < chars.length; j += 2) covering.push(chars[j - 1] + chars[j]);
    if (chars.length > 2 && chars.length % 2 === 1) covering.push(chars[chars.length - 2] + chars[chars.length - 1]);
    if (covering.length <= MAX_RUN_PAIRS) return covering;
    var pairs = [];
    for (var k = 0; k < MAX_RUN_PAIRS; k++) pairs.push(covering[Math.round(k * (covering.length - 1) / (MAX_RUN_PAIRS - 1))]);
    return pairs;
  }

  // The terms to look up for some of a query's parts, each once.
  function termsOfParts(byPart, parts) {
    var seen = {};
    var terms = [];
    parts.forEach(function (part) {
      byPart[part].forEach(function (t) {
        var key = (t.prefix ? "*" : "=") + t.term;
        if (!seen[key]) { seen[key] = true; terms.push(t); }
      });
    });
    return terms;
  }

  // Code point order, as the dictionary is sorted (UTF-8 byte order).
  function compareTerms(a, b) {
    var i = 0;
    var j = 0;
    while (i < a.length && j < b.length) {
      var x = a.codePointAt(i);
      var y = b.codePointAt(j);
      if (x !== y) return x < y ? -1 : 1;
      i += x > 0xffff ? 2 : 1;
      j += y > 0xffff ? 2 : 1;
    }
    if (i < a.length) return 1;
    if (j < b.length) return -1;
    return 0;
  }

  // ---- Posting lists (src/search/posting_list.h) ----

  var DIGIT = (function () {
    var table = {};
    var digits = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_";
    for (var i = 0; i < digits.length; i++) table[digits.charCodeAt(i)] = i;
    return table;
  })();

  function decodePostings(text, base) {
    var ids = [];
    var gap = 0;
    var shift = 0;
    base = base || 0;
    for (var i = 0; i < text.length; i++) {
      var value = DIGIT[text.charCodeAt(i)];
      if (value === undefined) break;
      gap += (value & 31) * Math.pow(2, shift);
      if (value >= 32) { shift += 5; continue; }
      ids.push(base + gap);
      base += gap + 1;
      gap = 0;
      shift = 0;
    }
    return ids;
  }

  // ---- The index files ----

  // fetchJson(path) fetches a file of the index by its path below the
  // index folder ("meta.json", "t/3.json") and resolves to its JSON.
  function Index(fetchJson) {
    this.fetchJson = fetchJson;
    this.cache = {};
  }

  Index.prototype.get = function (path) {
    var index = this;
    if (!this.cache[path]) {
      this.cache[path] = this.fetchJson(path).catch(function (error) { delete index.cache[path]; throw error; });
    }
    return this.cache[path];
  };

  // The ids of chunk [file, base, count] of a long list, decoded once.
  Index.prototype.chunkIds = function (chunk) {
    var key = "p/" + chunk[0] + ".json";
    if (!this.decoded) this.decoded = {};
    if (!this.decoded[key]) {
      var decoded = this.decoded;
      decoded[key] = this.get(key).then(function (text) { return decodePostings(text, chunk[1]); },
        function (error) { delete decoded[key]; throw error; });
    }
    return this.decoded[key];
  };

  Index.prototype.has = function (path) { return Object.prototype.hasOwnProperty.call(this.cache, path); };

  Index.prototype.meta = function () {
    var index = this;
    if (!this.metaPromise) {
      this.metaPromise = this.get("meta.json").then(function (meta) { return index.prepareMeta(meta); });
    }
    return this.metaPromise;
  };

  Index.prototype.prepareMeta = function (meta) {
    var starts = [];
    var next = 0;
    meta.groups.forEach(function (group) {
      starts.push(next);
      for (var k = 2; k < group.length; k++) next += group[k];
    });
    meta.groupStarts = starts;
    // Document shards never hold two groups (shard_writer.h): group k's
    // first shard comes after the shards of the groups before it.
    var shards = [];
    var nextShard = 0;
    meta.groups.forEach(function (group, k) {
      shards.push(nextShard);
      var count = k + 1 < starts.length ? starts[k + 1] - starts[k] : next - starts[k];
      nextShard += Math.ceil(count / meta.documents_per_shard);
    });
    meta.groupShards = shards;
    var years = [];
    meta.groups.forEach(function (group) { if (years.indexOf(group[0]) < 0) years.push(group[0]); });
    meta.years = years;
    return meta;
  };

  // The group (department-year) that holds document `id`.
  function groupOf(meta, id) {
    var starts = meta.groupStarts;
    var lo = 0;
    var hi = starts.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= id) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The document shard holding document `id`: {path, row}.
  function documentPlace(meta, id) {
    var k = groupOf(meta, id);
    var offset = id - meta.groupStarts[k];
    var perShard = meta.documents_per_shard;
    return { path: "d/" + (meta.groupShards[k] + Math.floor(offset / perShard)) + ".json", row: offset % perShard };
  }

  // Year, department and kind of document `id`, from meta alone.
  Index.prototype.describe = function (meta, id) {
    var lo = groupOf(meta, id);
    var starts = meta.groupStarts;
    var group = meta.groups[lo];
    var offset = id - starts[lo];
    var kind = 0;
    while (kind < 3 && offset >= group[2 + kind]) offset -= group[2 + kind++];
    return { year: group[0], department: group[1], kind: kind };
  };

  // The dictionary shard that would hold `term`.
  function shardOf(meta, term) {
    var bounds = meta.dictionary;
    var lo = 0;
    var hi = bounds.length - 1;
    while (lo < hi) {
      var mid = (lo + hi + 1) >> 1;
      if (compareTerms(bounds[mid], term) <= 0) lo = mid; else hi = mid - 1;
    }
    return lo;
  }

  // The entries of the words `word` is a prefix of (or of `word` alone):
  // [[term, entry], …], the exact word first, then the most frequent.
  Index.prototype.lookup = function (meta, word, prefix) {
    var index = this;
    if (meta.dictionary.length === 0) return Promise.resolve([]);
    var first = shardOf(meta, word);
    var shards = [first];
    if (prefix) {
      for (var k = first + 1; k < meta.dictionary.length && shards.length < MAX_PREFIX_SHARDS; k++) {
        if (meta.dictionary[k].indexOf(word) !== 0) break;
        shards.push(k);
      }
    }
    return Promise.all(shards.map(function (k) { return index.get("t/" + k + ".json"); })).then(function (dictionaries) {
      var found = [];
      dictionaries.forEach(function (dictionary) {
        if (!prefix) {
          if (Object.prototype.hasOwnProperty.call(dictionary, word)) found.push([word, dictionary[word]]);
          return;
        }
        Object.keys(dictionary).forEach(function (term) {
          if (term.indexOf(word) === 0) found.push([term, dictionary[term]]);
        });
      });
      found.sort(function (a, b) {
        if ((a[0] === word) !== (b[0] === word)) return a[0] === word ? -1 : 1;
        return entrySize(b[1]) - entrySize(a[1]) || compareTerms(a[0], b[0]);
      });
      return found.slice(0, MAX_PREFIX_WORDS);
    });
  };

  function listSize(list) {
    if (!list) return 0;
    if (typeof list === "string") return decodePostings(list).length;
    return list.reduce(function (sum, chunk) { return sum + chunk[2]; }, 0);
  }

  function entrySize(entry) {
    if (entry.size === undefined) entry.size = entry.reduce(function (sum, list) { return sum + listSize(list); }, 0);
    return entry.size;
  }

  // ---- One term's documents, as a stream in (rank, id) order ----

  // The documents of one list (inline or chunked), loading chunks as read.
  function ListCursor(index, list) {
    this.index = index;
    this.chunks = typeof list === "string" ? [] : list || [];
    this.ids = typeof list === "string" ? decodePostings(list) : [];
    this.chunk = -1;
    this.pos = 0;
  }

  // The current id, or Infinity at the end.
  ListCursor.prototype.head = async function () {
    while (this.pos >= this.ids.length) {
      if (this.chunk + 1 >= this.chunks.length) return Infinity;
      this.ids = await this.index.chunkIds(this.chunks[++this.chunk]);
      this.pos = 0;
    }
    return this.ids[this.pos];
  };

  // A term, or the words a prefix expands to, as one stream: rank 0 in id
  // order, then rank 1, then rank 2; each document once, at its best rank.
  function TermStream(index, entries) {
    this.index = index;
    this.entries = entries;
    this.rank = 0;
    this.cursors = null;
    this.seen = entries.length > 1 ? new Set() : null;
  }

  // Resolves to {id, rank}, or null at the end.
  TermStream.prototype.next = async function () {
    for (;;) {
      if (this.rank >= RANK_COUNT) return null;
      var rank = this.rank;
      var index = this.index;
      if (!this.cursors) this.cursors = this.entries.map(function (entry) { return new ListCursor(index, entry[1][rank]); });
      var cursors = this.cursors;
      var heads = await Promise.all(cursors.map(function (cursor) { return cursor.head(); }));
      var least = Math.min.apply(null, heads);
      if (least === Infinity) {
        this.rank++;
        this.cursors = null;
        continue;
      }
      heads.forEach(function (head, k) { if (head === least) cursors[k].pos++; });
      if (this.seen) {
        if (this.seen.has(least)) continue;
        this.seen.add(least);
      }
      return { id: least, rank: rank };
    }
  };

  // Membership of one document in a term with long lists, read chunk by
  // chunk: only the chunk whose id range holds the document is fetched.
  function Probe(index, entries) {
    this.index = index;
    this.entries = entries;
  }

  // The chunk files (paths) that rank(id) may need.
  Probe.prototype.chunksFor = function (id) {
    var paths = [];
    this.entries.forEach(function (entry) {
      entry[1].forEach(function (list) {
        var chunk = typeof list === "string" ? null : chunkHolding(list, id);
        if (chunk) paths.push("p/" + chunk[0] + ".json");
      });
    });
    return paths;
  };

  // Resolves to the best rank at which the term holds document `id`, or -1.
  Probe.prototype.rank = async function (id) {
    for (var rank = 0; rank < RANK_COUNT; rank++) {
      for (var k = 0; k < this.entries.length; k++) {
        var list = this.entries[k][1][rank];
        if (!list) continue;
        var ids;
        if (typeof list === "string") {
          ids = decodePostings(list);
        } else {
          var chunk = chunkHolding(list, id);
          if (!chunk) continue;
          ids = await this.index.chunkIds(chunk);
        }
        if (sortedHas(ids, id)) return rank;
      }
    }
    return -1;
  };

  // The chunk of a long list whose range [base, next base) holds id.
  function chunkHolding(chunks, id) {
    var found = null;
    for (var k = 0; k < chunks.length && chunks[k][1] <= id; k++) found = chunks[k];
    return found;
  }

  function sortedHas(ids, id) {
    var lo = 0;
    var hi = ids.length - 1;
    while (lo <= hi) {
      var mid = (lo + hi) >> 1;
      if (ids[mid] === id) return true;
      if (ids[mid] < id) lo = mid + 1; else hi = mid - 1;
    }
    return false;
  }

  // {id: best rank} of a term whose lists are all inline.
  function inlineRanks(entries) {
    var ranks = new Map();
    entries.forEach(function (entry) {
      entry[1].forEach(function (list, rank) {
        decodePostings(list).forEach(function (id) {
          if (!ranks.has(id) || ranks.get(id) > rank) ranks.set(id, rank);
        });
      });
    });
    return ranks;
  }

  function allInline(entries) {
    return entries.every(function (entry) {
      return entry[1].every(function (list) { return typeof list === "string"; });
    });
  }

  // ---- A search: candidates from the index, verified on the text ----
  //
  // The driver is the query's rarest term: its documents, in (rank, id)
  // order, are the candidates. Every other term whose lists are inline
  // (already fetched with the dictionary) rules candidates out and may
  // lower their rank; longer lists are not fetched at all, the text check
  // stands in for them. Each shown candidate's text is then checked for
  // every part of the query as written, which also gives its final rank.

  // filters: {year: 2024, department: index into meta.departments, kind:
  // 0–3}, each null for all.
  function Search(index, query, filters) {
    this.index = index;
    this.query = parseQuery(query);
    this.filters = filters || {};
    this.results = [];      // verified, in the order shown
    this.pending = [];      // candidates not yet verified, best first
    this.total = 0;         // candidates passing the filters, so far
    this.rejected = 0;      // candidates without the query as written
    this.exhausted = false; // every candidate is known
    this.exact = false;     // … and every term was checked against the index
    this.facets = null;     // {years: {2024: n}, departments: {k: n}, kinds: {k: n}} once exhausted
    this.done = false;      // every candidate is verified
  }

  Search.prototype.start = async function () {
    var search = this;
    if (this.query.tooShort) { this.done = true; return this; }
    var meta = this.meta = await this.index.meta();
    this.scope = scopeOf(meta, this.query.parts);
    this.query.parts = this.scope.textParts;  // what each result's text must hold as written
    var terms = this.query.termsOf(this.scope.textParts);
    var found = await Promise.all(terms.map(function (t) { return search.index.lookup(meta, t.term, t.prefix); }));
    if (found.some(function (entries) { return entries.length === 0; })) {
      this.exhausted = this.exact = this.done = true;
      this.facets = { years: {}, departments: {}, kinds: {} };
      return this;
    }
    var sizes = found.map(function (entries) {
      return entries.reduce(function (sum, entry) { return sum + entrySize(entry[1]); }, 0);
    });
    var driver = 0;
    sizes.forEach(function (size, k) { if (size < sizes[driver]) driver = k; });
    this.filterMaps = [];
    this.probes = [];
    found.forEach(function (entries, k) {
      if (k === driver) return;
      if (allInline(entries)) search.filterMaps.push(inlineRanks(entries));
      else if (entries.length <= MAX_PROBE_WORDS) search.probes.push({ size: sizes[k], probe: new Probe(search.index, entries) });
    });
    this.probes = this.probes.sort(function (a, b) { return a.size - b.size; }).slice(0, MAX_PROBES)
      .map(function (p) { return p.probe; });
    this.stream = new TermStream(this.index, found[driver]);
    if (allInline(found[driver])) await this.collectAll(found.every(allInline));
    return this;
  };

  // The query's parts that name a year or a department rather than words
  // of the text: "2021 培训" is 培训 in 2021's budgets, "昌黎县委组织部 培训"
  // is 培训 in that department's (its name in any form meta.json lists,
  // department_names.h). A year is a year of the site; a department part
  // is part of a department's name. Only beside words to look for: alone,
  // such parts are searched for as words (the department documents hold
  // every form of their name).
  // {textParts, years: [year …] or null, departments: [[index …] per part]}
  function scopeOf(meta, parts) {
    var years = [];
    var yearParts = [];
    var departmentParts = [];
    var departments = [];
    var textParts = [];
    var names = meta.departments.map(function (row) {
      return row.slice(3).map(function (name) { return searchText(name).text; });
    });
    parts.forEach(function (part) {
      var year = /^(\d{4})(年度?)?$/.exec(part);
      if (year && meta.years.indexOf(Number(year[1])) >= 0) { years.push(Number(year[1])); yearParts.push(part); return; }
      var holding = [];
      if (isHan(part.codePointAt(0)) && part.length >= 2) {
        names.forEach(function (forms, k) {
          if (forms.some(function (name) { return name.indexOf(part) >= 0; })) holding.push(k);
        });
      }
      if (holding.length) { departmentParts.push(part); departments.push(holding); return; }
      textParts.push(part);
    });
    if (textParts.length === 0) {  // only names: look for the names as words
      textParts = departmentParts;
      departments = [];
      if (textParts.length === 0) { textParts = yearParts; years = []; }
    }
    return { textParts: textParts, years: years.length ? years : null, departments: departments };
  }

  // Whether a document (described) is in the query's years and departments.
  Search.prototype.inScope = function (info) {
    var scope = this.scope;
    if (scope.years && scope.years.indexOf(info.year) < 0) return false;
    return scope.departments.every(function (holding) { return holding.indexOf(info.department) >= 0; });
  };

  // The candidate for a driver posting, or null when another term or the
  // query's scope rules it out.
  Search.prototype.candidate = function (posting) {
    var rank = posting.rank;
    for (var k = 0; k < this.filterMaps.length; k++) {
      var other = this.filterMaps[k].get(posting.id);
      if (other === undefined) return null;
      if (other > rank) rank = other;
    }
    var info = this.index.describe(this.meta, posting.id);
    if (!this.inScope(info)) return null;
    info.id = posting.id;
    info.rank = rank;
    return info;
  };

  // Whether a candidate passes the filters (all but `skip`).
  Search.prototype.passes = function (info, skip) {
    var f = this.filters;
    if (skip !== "year" && f.year != null && info.year !== f.year) return false;
    if (skip !== "department" && f.department != null && info.department !== f.department) return false;
    if (skip !== "kind" && f.kind != null && info.kind !== f.kind) return false;
    return true;
  };

  // Every candidate at once, when the driver's lists are inline; with
  // counts for each filter option.
  Search.prototype.collectAll = async function (exact) {
    var all = [];
    for (var posting; (posting = await this.stream.next());) {
      var info = this.candidate(posting);
      if (info) all.push(info);
    }
    var search = this;
    var facets = { years: {}, departments: {}, kinds: {} };
    function count(table, key) { table[key] = (table[key] || 0) + 1; }
    all.forEach(function (info) {
      if (search.passes(info, "year")) count(facets.years, info.year);
      if (search.passes(info, "department")) count(facets.departments, info.department);
      if (search.passes(info, "kind")) count(facets.kinds, info.kind);
    });
    this.facets = facets;
    this.pending = all.filter(function (info) { return search.passes(info); });
    this.pending.sort(function (a, b) { return a.rank - b.rank || a.id - b.id; });
    this.total = this.pending.length;
    this.exact = exact;
    this.exhausted = true;
  };

  // Candidates from a long driver list, in its (rank, id) order, until
  // `wanted` are pending or the list ends.
  Search.prototype.fill = async function (wanted) {
    while (!this.exhausted && this.pending.length < wanted) {
      var posting = await this.stream.next();
      if (!posting) { this.exhausted = true; break; }
      var info = this.candidate(posting);
      if (info && this.passes(info)) { this.pending.push(info); this.total++; }
    }
  };

  // The next page of verified results, best first; resolves to them.
  // onFirst(result), when given, is called with the first result of the
  // first page as soon as it is certain to be first, before the rest of
  // the page's documents have arrived.
  Search.prototype.more = async function (onFirst) {
    var added = [];
    while (!this.done && added.length < PAGE_SIZE) {
      await this.fill(PAGE_SIZE - added.length);
      var batch = await this.probeBatch(this.pending.splice(0, PAGE_SIZE - added.length));
      var search = this;
      var early = onFirst && this.results.length === 0 && added.length === 0 ? batch[0] : null;
      var documents = await Promise.all(batch.map(function (info) {
        var row = search.document(info.id);
        if (info === early) row.then(function (fetched) { search.announceFirst(verify(search.query.parts, info, fetched), batch, onFirst); });
        return row;
      }));
      batch.forEach(function (info, k) {
        var result = verify(search.query.parts, info, documents[k]);
        if (result) added.push(result); else search.rejected++;
      });
      this.done = this.exhausted && this.pending.length === 0;
    }
    added.sort(function (a, b) { return a.rank - b.rank || a.id - b.id; });
    added = sameTogether(added);
    this.results = this.results.concat(added);
    return added;
  };

  // The same project (department, section) of several years together, at
  // the place of its best result, newest first (documents are numbered
  // newest year first): 万里街道 2025, 2024, 2023 one after the other.
  function sameTogether(results) {
    var groups = [];
    var byKey = {};
    results.forEach(function (result) {
      var key = result.kind + "|" + result.department + "|" + searchText(result.title).text;
      if (!byKey[key]) { byKey[key] = []; groups.push(byKey[key]); }
      byKey[key].push(result);
    });
    var out = [];
    groups.forEach(function (group) {
      group.sort(function (a, b) { return a.id - b.id; });
      out = out.concat(group);
    });
    return out;
  }

  // Calls onFirst(result) when no other candidate of the batch can rank
  // before it: a candidate's rank only grows when its text is checked.
  Search.prototype.announceFirst = function (result, batch, onFirst) {
    if (!result) return;
    var first = batch.every(function (info) {
      return info.id === result.id || info.rank > result.rank || (info.rank === result.rank && info.id > result.id);
    });
    if (first) onFirst(result);
  };

  // The batch without candidates that a long list of another term rules
  // out, when reading those lists costs fewer files than fetching the
  // candidates' documents would; the batch as it is otherwise.
  Search.prototype.probeBatch = async function (batch) {
    if (!this.probes.length || !batch.length) return batch;
    var search = this;
    var meta = this.meta;
    var chunkFiles = new Set();
    var shardFiles = new Set();
    batch.forEach(function (info) {
      shardFiles.add(documentPlace(meta, info.id).path);
      search.probes.forEach(function (probe) { probe.chunksFor(info.id).forEach(function (path) { chunkFiles.add(path); }); });
    });
    var index = this.index;
    var uncached = function (paths) { return Array.from(paths).filter(function (path) { return !index.has(path); }).length; };
    if (uncached(chunkFiles) > uncached(shardFiles)) return batch;
    var ranks = await Promise.all(batch.map(function (info) {
      return Promise.all(search.probes.map(function (probe) { return probe.rank(info.id); }));
    }));
    return batch.filter(function (info, k) {
      if (ranks[k].some(function (rank) { return rank < 0; })) { search.rejected++; return false; }
      info.rank = Math.max.apply(null, [info.rank].concat(ranks[k]));
      return true;
    });
  };

  Search.prototype.document = async function (id) {
    var place = documentPlace(this.meta, id);
    var shard = await this.index.get(place.path);
    if (!shard.resolved) {  // a null url or context is the row before's
      for (var k = 1; k < shard.length; k++) {
        if (shard[k][1] === null) shard[k][1] = shard[k - 1][1];
        if (shard[k][3] === null) shard[k][3] = shard[k - 1][3];
      }
      shard.resolved = true;
    }
    return shard[place.row];
  };

  // Results so far plus candidates left: exact when `exact` and `done`.
  Search.prototype.count = function () { return this.total - this.rejected; };

  // ---- Verification, rank and snippet ----

  function titleRank(kind) { return kind <= 1 ? 0 : 1; }

  // The document's text of each rank, title included where it ranks.
  function fieldsOf(row) {
    var fields = [];
    for (var rank = 0; rank < RANK_COUNT; rank++) {
      var text = row[4 + rank] || "";
      if (rank === titleRank(row[0])) text = text ? row[2] + "\n" + text : row[2];
      fields.push(text);
    }
    return fields;
  }

  // The result for a candidate when its text holds every part of the
  // query as written; null otherwise.
  function verify(parts, info, row) {
    var fields = fieldsOf(row);
    var joined = fields.map(searchText);
    var rank = 0;
    for (var p = 0; p < parts.length; p++) {
      var best = -1;
      for (var r = 0; r < RANK_COUNT && best < 0; r++) if (joined[r].text.indexOf(parts[p]) >= 0) best = r;
      if (best < 0) return null;
      if (best > rank) rank = best;
    }
    return {
      id: info.id, rank: rank, kind: row[0], year: info.year, department: info.department,
      url: row[1], title: row[2], context: row[3] || "", snippet: snippetOf(parts, row, fields, joined)
    };
  }

  // Where [at, at + length) of joined text (joinHanAndWords) is in the text.
  function originalRange(joined, at, length) {
    if (!joined.at) return { at: at, length: length };
    return { at: joined.at[at], length: joined.at[at + length - 1] + 1 - joined.at[at] };
  }

  // The first offset of joined text at or after `offset` of the text.
  function joinedOffset(joined, offset) {
    if (!joined.at) return offset;
    var k = 0;
    while (k < joined.at.length - 1 && joined.at[k] < offset) k++;
    return k;
  }

  // A few lines' worth of text around the matches, beyond the title (which
  // is shown anyway): ~80 characters around the first part of the query
  // found, and a shorter window for each other part not already in view.
  function snippetOf(parts, row, fields, joined) {
    var titleLength = row[2].length + 1;
    var hits = [];
    parts.forEach(function (part) {
      for (var r = 0; r < RANK_COUNT; r++) {
        var offset = titleRank(row[0]) === r ? joinedOffset(joined[r], titleLength) : 0;
        var at = joined[r].text.indexOf(part, offset);
        if (at >= 0 && part) {
          var range = originalRange(joined[r], at, part.length);
          hits.push({ rank: r, at: range.at, length: range.length });
          return;
        }
      }
    });
    if (hits.length === 0) {  // only in the title: the start of the text that describes it
      return textWindow((row[5] || row[6] || row[4] || "").split("\n")[0], 0, 0, 0, 80).text;
    }
    hits.sort(function (a, b) { return a.rank - b.rank || a.at - b.at; });
    var windows = [];
    hits.forEach(function (hit, k) {
      var inView = windows.some(function (w) { return w.rank === hit.rank && hit.at >= w.start && hit.at + hit.length <= w.end; });
      if (!inView) {
        var w = k === 0 ? textWindow(fields[hit.rank], hit.at, hit.length, 30, 50) : textWindow(fields[hit.rank], hit.at, hit.length, 12, 20);
        w.rank = hit.rank;
        windows.push(w);
      }
    });
    return windows.map(function (w) { return w.text; }).join(" ");
  }

  // The part of `text`'s line around [at, at + length), with "…" where cut.
  function textWindow(text, at, length, before, after) {
    var lineStart = text.lastIndexOf("\n", at - 1) + 1;
    var lineEnd = text.indexOf("\n", at + length);
    if (lineEnd < 0) lineEnd = text.length;
    var start = Math.max(lineStart, at - before);
    var end = Math.min(lineEnd, at + length + after);
    if (start > lineStart && isLowSurrogate(text.charCodeAt(start))) start--;
    if (end < lineEnd && isLowSurrogate(text.charCodeAt(end))) end++;
    // Never inside a number: "1000余卷", not "…0余卷"; "16.80", not "16.…".
    while (start > lineStart && isNumberChar(text.charCodeAt(start - 1)) && isNumberChar(text.charCodeAt(start))) start--;
    while (end < lineEnd && isNumberChar(text.charCodeAt(end - 1)) && isNumberChar(text.charCodeAt(end))) end++;
    return {
      start: start, end: end,
      text: (start > lineStart ? "…" : "") + text.slice(start, end) + (end < lineEnd ? "…" : "")
    };
  }

  function isLowSurrogate(c) { return c >= 0xdc00 && c <= 0xdfff; }

  // Digits (ASCII and full-width) and the marks inside a number: 1,241.14.
  function isNumberChar(c) {
    return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19) || c === 0x2e || c === 0x2c || c === 0xff0e || c === 0xff0c;
  }

  // [[text, marked], …]: `text` cut where any part of the query occurs.
  function highlight(text, parts) {
    var joined = searchText(text);
    var marks = [];
    parts.forEach(function (part) {
      for (var at = joined.text.indexOf(part); at >= 0 && part; at = joined.text.indexOf(part, at + part.length)) {
        var range = originalRange(joined, at, part.length);
        marks.push([range.at, range.at + range.length]);
      }
    });
    marks.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
    var pieces = [];
    var pos = 0;
    marks.forEach(function (mark) {
      if (mark[1] <= pos) return;
      var from = Math.max(mark[0], pos);
      if (from > pos) pieces.push([text.slice(pos, from), false]);
      pieces.push([text.slice(from, mark[1]), true]);
      pos = mark[1];
    });
    if (pos < text.length) pieces.push([text.slice(pos), false]);
    return pieces;
  }

  var engine = {
    PAGE_SIZE: PAGE_SIZE, KIND_KEYS: KIND_KEYS, fold: fold, joinHanAndWords: joinHanAndWords, parseQuery: parseQuery,
    compareTerms: compareTerms,
    decodePostings: decodePostings, Index: Index, Search: Search, highlight: highlight
  };
  if (typeof module === "object" && module.exports) module.exports = engine;
  if (typeof document === "undefined") return;

  // ---- The page ----

  function SearchPage(root) {
    this.root = root;
    var indexBase = new URL(root.getAttribute("data-index"), document.baseURI);
    this.siteRoot = root.getAttribute("data-root") || "";
    this.index = new Index(function (path) {
      return fetch(new URL(path, indexBase)).then(function (response) {
        if (!response.ok) throw new Error(response.status + " " + response.url);
        return response.json();
      });
    });
    this.form = document.getElementById("search-form");
    this.input = document.getElementById("search-q");
    this.status = document.getElementById("search-status");
    this.help = document.getElementById("search-help");
    this.list = document.getElementById("search-results");
    this.moreButton = document.getElementById("search-more");
    this.filterBox = document.getElementById("search-filters");
    this.selects = {
      year: document.getElementById("search-year"),
      department: document.getElementById("search-department"),
      kind: document.getElementById("search-kind")
    };
    this.baseTitle = document.title;
    this.generation = 0;
    this.search = null;
    this.bind();
    // meta.json now, not at the first query: the page preloads it anyway,
    // and a typed query then needs only its dictionary shards and results.
    this.index.meta().catch(function () {});
    this.readUrl();
  }

  SearchPage.prototype.bind = function () {
    var page = this;
    var timer = null;
    this.form.addEventListener("submit", function (event) {
      event.preventDefault();
      clearTimeout(timer);
      page.writeUrl(true);
      page.run();
    });
    // The dictionary shards of what is typed so far are fetched at once;
    // the search itself waits for a pause in typing.
    var typed = function () {
      clearTimeout(timer);
      page.prefetch(page.input.value);
      timer = setTimeout(function () { page.writeUrl(false); page.run(); }, 150);
    };
    this.input.addEventListener("input", function (event) {
      if (event.isComposing) { clearTimeout(timer); return; }  // pinyin being composed is not the query yet
      typed();
    });
    // The last input of a composition comes before its end, still composing.
    this.input.addEventListener("compositionend", typed);
    Object.keys(this.selects).forEach(function (name) {
      page.selects[name].addEventListener("change", function () { page.writeUrl(false); page.run(); });
    });
    this.moreButton.addEventListener("click", function () { page.showMore(true); });
    window.addEventListener("popstate", function () { page.readUrl(); });
    // Arrow keys: from the box down into the results, between results, and
    // Escape back to the box.
    this.input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") {
        var first = page.list.querySelector("a");
        if (first) { event.preventDefault(); first.focus(); }
      }
    });
    this.list.addEventListener("keydown", function (event) {
      var links = Array.prototype.slice.call(page.list.querySelectorAll("a"));
      var at = links.indexOf(document.activeElement);
      if (at < 0) return;
      if (event.key === "ArrowDown" && at + 1 < links.length) { event.preventDefault(); links[at + 1].focus(); }
      if (event.key === "ArrowUp") { event.preventDefault(); (at > 0 ? links[at - 1] : page.input).focus(); }
      if (event.key === "Escape") { event.preventDefault(); page.input.focus(); }
    });
  };

  // Fetches (into the index's cache) the dictionary shards `query` will
  // look up; errors are left to the search itself.
  SearchPage.prototype.prefetch = function (query) {
    var index = this.index;
    var parsed = parseQuery(query.trim());
    if (parsed.tooShort) return;
    index.meta().then(function (meta) {
      parsed.terms.forEach(function (t) { index.lookup(meta, t.term, t.prefix).catch(function () {}); });
    }).catch(function () {});
  };

  SearchPage.prototype.readUrl = function () {
    var params = new URLSearchParams(location.search);
    this.input.value = params.get("q") || "";
    this.wanted = { year: params.get("year") || "", department: params.get("department") || "", kind: params.get("kind") || "" };
    this.run();
  };

  SearchPage.prototype.writeUrl = function (push) {
    var params = new URLSearchParams();
    var q = this.input.value.trim();
    if (q) params.set("q", q);
    var selects = this.selects;
    this.wanted = { year: selects.year.value, department: selects.department.value, kind: selects.kind.value };
    var wanted = this.wanted;
    Object.keys(wanted).forEach(function (name) { if (wanted[name]) params.set(name, wanted[name]); });
    var url = location.pathname + (params.toString() ? "?" + params.toString() : "");
    if (push) history.pushState(null, "", url); else history.replaceState(null, "", url);
  };

  SearchPage.prototype.say = function (text) { this.status.textContent = text; };

  SearchPage.prototype.run = function () {
    var page = this;
    var generation = ++this.generation;
    var query = this.input.value.trim();
    this.list.textContent = "";
    this.moreButton.hidden = true;
    document.title = query ? "“" + query + "” - " + this.baseTitle : this.baseTitle;
    // The hint is for an empty box; with a query, the status line and the
    // results take its place (on a phone, above the fold).
    this.help.hidden = Boolean(query);
    if (!query) {
      this.filterBox.hidden = true;
      this.say("");
      return Promise.resolve();
    }
    var parsed = parseQuery(query);
    if (parsed.tooShort) {
      this.filterBox.hidden = true;
      this.say("查询太短：请输入至少一个汉字，或两个以上字母、数字。");
      return Promise.resolve();
    }
    this.say("正在搜索“" + query + "”…");
    return this.index.meta().then(function (meta) {
      if (generation !== page.generation) return null;
      page.meta = meta;
      page.fillSelects(meta);
      var search = new Search(page.index, query, page.filterValues(meta));
      page.search = search;
      page.early = null;
      var showFirst = function (result) {  // on a slow network, the first result before the rest
        if (generation !== page.generation || page.list.firstChild) return;
        page.early = { id: result.id, item: page.resultItem(result, search.query.parts) };
        page.list.appendChild(page.early.item);
      };
      return search.start().then(function () { return search.more(showFirst); }).then(function (added) {
        if (generation !== page.generation) return;
        page.render(added, false);
      });
    }).catch(function (error) {
      if (generation !== page.generation) return;
      page.say("搜索索引加载失败，请稍后再试。（" + error.message + "）");
    });
  };

  SearchPage.prototype.showMore = function (focus) {
    var page = this;
    var generation = this.generation;
    var search = this.search;
    if (!search) return Promise.resolve();
    this.moreButton.disabled = true;
    return search.more().then(function (added) {
      if (generation !== page.generation) return;
      page.moreButton.disabled = false;
      var firstNew = page.render(added, true);
      if (focus && firstNew) firstNew.focus();
    });
  };

  SearchPage.prototype.filterValues = function (meta) {
    var wanted = this.wanted || {};
    var kind = KIND_KEYS.indexOf(wanted.kind);
    var department = null;
    meta.departments.forEach(function (d, k) { if (d[0] + "-" + d[1] === wanted.department) department = k; });
    return {
      year: wanted.year && meta.years.indexOf(Number(wanted.year)) >= 0 ? Number(wanted.year) : null,
      department: department,
      kind: kind >= 0 ? kind : null
    };
  };

  SearchPage.prototype.fillSelects = function (meta) {
    if (this.selectsFilled) return;
    this.selectsFilled = true;
    var selects = this.selects;
    meta.years.forEach(function (year) { addOption(selects.year, String(year), year + "年"); });
    var jurisdictions = {};
    meta.departments.forEach(function (d) { jurisdictions[d[0]] = true; });
    var several = Object.keys(jurisdictions).length > 1;
    meta.departments.forEach(function (d) {
      addOption(selects.department, d[0] + "-" + d[1], several ? d[2] + " " + d[3] : d[3]);
    });
    meta.kinds.forEach(function (label, k) { addOption(selects.kind, KIND_KEYS[k], label); });
  };

  function addOption(select, value, label) {
    var option = document.createElement("option");
    option.value = value;
    option.textContent = label;
    option.setAttribute("data-label", label);
    select.appendChild(option);
  }

  // Sets the selects to the wanted filters and, when the search knows every
  // candidate, shows how many each option would give.
  SearchPage.prototype.updateSelects = function () {
    var page = this;
    var facets = this.search && this.search.facets;
    var keys = { year: "years", department: "departments", kind: "kinds" };
    Object.keys(this.selects).forEach(function (name) {
      var select = page.selects[name];
      select.value = page.wanted[name] || "";
      if (select.value !== (page.wanted[name] || "")) select.value = "";
      Array.prototype.forEach.call(select.options, function (option, k) {
        if (k === 0) return;
        var label = option.getAttribute("data-label");
        var key = name === "year" ? option.value : name === "kind" ? KIND_KEYS.indexOf(option.value) :
          departmentIndex(page.meta, option.value);
        var count = facets ? facets[keys[name]][key] || 0 : null;
        option.textContent = count === null ? label : label + "（" + count + "）";
      });
    });
  };

  function departmentIndex(meta, value) {
    for (var k = 0; k < meta.departments.length; k++) if (meta.departments[k][0] + "-" + meta.departments[k][1] === value) return k;
    return -1;
  }

  // Appends results; returns the first new link.
  SearchPage.prototype.render = function (added, appending) {
    var page = this;
    var search = this.search;
    var query = this.input.value.trim();
    var firstLink = null;
    var early = this.early;
    this.early = null;
    if (early && !(added.length && added[0].id === early.id)) { early.item.remove(); early = null; }
    added.forEach(function (result, k) {
      var item = k === 0 && early ? early.item : page.resultItem(result, search.query.parts);
      if (item.parentNode !== page.list) page.list.appendChild(item);
      if (!firstLink) firstLink = item.querySelector("a");
    });
    var shown = search.results.length;
    var filtered = search.filters.year != null || search.filters.department != null || search.filters.kind != null;
    this.filterBox.hidden = shown === 0 && !filtered;
    this.updateSelects();
    this.moreButton.hidden = search.done;
    var scope = filtered ? "（已筛选）" : "";
    if (shown === 0) {
      this.say(filtered ? "在所选范围内没有找到“" + query + "”。可以放宽筛选条件。"
        : "没有找到与“" + query + "”完全一致的内容。可以换一个词，或用空格把词分开。");
    } else if (search.done || (search.exact && search.exhausted)) {
      this.say("找到 " + search.count() + " 条与“" + query + "”相关的结果" + scope + "。" +
        (search.done ? "" : "已显示 " + shown + " 条。"));
    } else if (search.exhausted) {
      this.say("找到约 " + search.count() + " 条与“" + query + "”相关的结果" + scope + "，已显示 " + shown + " 条。");
    } else {
      this.say("找到很多与“" + query + "”相关的结果" + scope + "，已显示前 " + shown + " 条。");
    }
    if (appending && added.length === 0) this.moreButton.hidden = true;
    return firstLink;
  };

  SearchPage.prototype.resultItem = function (result, parts) {
    var meta = this.meta;
    var item = document.createElement("li");
    item.className = "search-result";
    item.setAttribute("data-kind", meta.kinds[result.kind]);
    item.setAttribute("data-year", String(result.year));
    var link = document.createElement("a");
    link.href = this.siteRoot + result.url;
    link.className = "search-result-title";
    appendMarked(link, result.title, parts);
    item.appendChild(link);
    var line = document.createElement("p");
    line.className = "search-result-meta";
    var kind = document.createElement("span");
    kind.className = "search-kind search-kind-" + KIND_KEYS[result.kind];
    kind.textContent = meta.kinds[result.kind];
    line.appendChild(kind);
    var department = meta.departments[result.department];
    var facts = " " + result.year + "年 · " + department[3];
    if (result.context && result.kind === 2) facts += " · 项目：" + result.context;
    line.appendChild(document.createTextNode(facts));
    if (result.context && result.kind === 1) {  // a project's 预算数, as its page prints it
      line.appendChild(document.createTextNode(" · "));
      var amount = document.createElement("span");
      amount.className = "search-result-amount";
      amount.textContent = "预算数 " + result.context;
      line.appendChild(amount);
    }
    item.appendChild(line);
    if (result.snippet) {
      var snippet = document.createElement("p");
      snippet.className = "search-result-snippet";
      appendMarked(snippet, result.snippet, parts);
      item.appendChild(snippet);
    }
    return item;
  };

  function appendMarked(element, text, parts) {
    highlight(text, parts).forEach(function (piece) {
      if (piece[1]) {
        var mark = document.createElement("mark");
        mark.textContent = piece[0];
        element.appendChild(mark);
      } else {
        element.appendChild(document.createTextNode(piece[0]));
      }
    });
  }

  function init() {
    var root = document.getElementById("search");
    if (root && root.getAttribute("data-index")) new SearchPage(root);  // eslint-disable-line no-new
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init); else init();
})();
