// Completeness of the catalog: every item of the two ITSS source files is in it, word for word, and every catalog string is in the sources.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FIELDS, MAX_LEVEL, SPECIALTY_AREAS, skillItemsOf, type Field } from "../fields";
import { COMPLEXITY_OF, COMPONENT_AREAS, EXAMS, FACILITY_SCOPES, SCOPES, SUCCESSION_KINDS } from "../record-options";
import {
  CATALOG, COMMON_LEVEL_1, COMMON_LEVEL_2, complexityText, componentAreaLabel, examLabel, FOOTNOTES,
  indicators, scopeLabel, sizeOptions, skillItem, skillLevelDescription, specialtyLabel, specialtyLevelsOf,
  specialtyText, successionKindLabel, successionRequired,
} from "./index";

// The standard's two files are committed under itss/ (copied from shared/itss/), so this test always runs.
const SOURCE_DIR = process.env.ITSS_SOURCE_DIR || path.resolve(import.meta.dirname, "../../../itss");
if (!fs.existsSync(path.join(SOURCE_DIR, "skill-proficiency.txt"))) {
  throw new Error(`catalog.test: the ITSS source files are missing from ${SOURCE_DIR}`);
}
const read = (name: string) => fs.readFileSync(path.join(SOURCE_DIR, name), "utf8");
/** Strips HTML tags and normalises whitespace. */
const norm = (s: string) => s.replace(/<[^>]+>/g, " ").replace(/\s+/g, " ").trim();
const FIELD_BY_NAME: Record<string, Field> = { Hardware: "hardware", Software: "software", "Facility Management": "facility" };

const spRaw = read("skill-proficiency.txt");
const aiRaw = read("achievement-indicators.txt");
const SP = norm(spRaw);
const AI = norm(aiRaw);

// --- skill-proficiency.txt, parsed -------------------------------------------------------------
type ParsedSkill = { field: Field; name: string; knowledge: string[]; levels: Map<number, string> };
function parseSkillTables(): ParsedSkill[] {
  const out: ParsedSkill[] = [];
  let field: Field | null = null;
  let awaitingField = false;
  let current: ParsedSkill | null = null;
  for (const line of spRaw.split(/\r?\n/)) {
    if (/^Specialty (Field|area):\s*$/i.test(line)) { awaitingField = true; continue; }
    if (awaitingField && line.trim()) { field = FIELD_BY_NAME[line.trim()]; awaitingField = false; continue; }
    const cells = line.split("\t");
    if (cells[0].includes("[Knowledge Items]")) {
      const [head, know] = norm(cells[0]).split("[Knowledge Items]");
      const name = head.slice(head.indexOf("●") + 1).trim();
      // knowledge items are marked with a leading "-" (in <p> or <li>)
      const knowledge = know.split(/(?:^|\s)-(?=\S)/).map((s) => s.trim()).filter(Boolean);
      if (!field) throw new Error(`no field before skill item ${name}`);
      current = { field, name, knowledge, levels: new Map() };
      out.push(current);
      continue;
    }
    const m = line.match(/^\tLevel (\d)\t(.*)$/);
    if (m && current) {
      const text = norm(m[2]);
      if (text) current.levels.set(Number(m[1]), text);
    }
  }
  return out;
}
/** The skill area table: one <li>●<b>Name</b> knowledge, knowledge, …</li> per item, per row (ALL or one field). */
function parseSkillArea(): { fields: Field[]; name: string; text: string }[] {
  const out: { fields: Field[]; name: string; text: string }[] = [];
  for (const line of spRaw.split(/\r?\n/)) {
    if (!line.includes("<li>●<b>")) continue;
    const row = line.split("\t").map((c) => c.trim()).filter((c) => !c.startsWith("<"));
    const rowField = row[row.length - 1];
    const fields = rowField === "ALL Specialty Field" ? [...FIELDS] : [FIELD_BY_NAME[rowField]];
    for (const m of line.matchAll(/<li>●<b>([^<]+)<\/b>([^<]*)<\/li>/g)) out.push({ fields, name: norm(m[1]), text: norm(m[2]) });
  }
  return out;
}

// --- achievement-indicators.txt, parsed --------------------------------------------------------
type Listed = { intro: string; items: string[] };
type ParsedLevel = {
  field: Field; level: number; responsibilities: string; complexity: Listed; size: Listed;
  professional: Listed[]; remarks: string[];
};
const listed = (s: string): Listed => {
  const [intro, ...items] = s.split("□");
  return { intro: intro.trim(), items: items.map((x) => x.trim()) };
};
/** Splits on "-" bullets (a "-" after whitespace followed by a capital letter). */
const bullets = (s: string) => s.split(/(?:^|\s)-(?=[A-Z])/).map((x) => x.trim()).filter(Boolean);
function parseIndicators(): ParsedLevel[] {
  return AI.split("Key Performance Indicator: Customer Service").slice(1).map((part) => {
    const head = part.match(/^\s*Specialty Field (Hardware|Software|Facility Management) Level (\d)\s/);
    if (!head) throw new Error(`unparsed indicator section: ${part.slice(0, 80)}`);
    const between = (a: string, b?: string) => {
      const i = part.indexOf(a);
      if (i < 0) throw new Error(`${head[0]}: no "${a}"`);
      const j = b ? part.indexOf(b, i) : part.length;
      return part.slice(i + a.length, j).trim();
    };
    let prof = between("[Professional Contribution]");
    let remarks: string[] = [];
    const r = prof.indexOf("〈Remarks〉");
    if (r >= 0) { remarks = bullets(prof.slice(r + "〈Remarks〉".length)); prof = prof.slice(0, r); }
    return {
      field: FIELD_BY_NAME[head[1]],
      level: Number(head[2]),
      responsibilities: between("●Responsibilities", "●Complexity"),
      complexity: listed(between("●Complexity", "●Size")),
      size: listed(between("●Size", "[Professional Contribution]")),
      professional: bullets(prof).map(listed),
      remarks,
    };
  });
}

const skillTables = parseSkillTables();
const skillArea = parseSkillArea();
const levels = parseIndicators();

describe("catalog against skill-proficiency.txt", () => {
  it("parses 7 skill tables per field", () => {
    for (const f of FIELDS) expect(skillTables.filter((s) => s.field === f)).toHaveLength(7);
  });

  it("carries every skill item's name, knowledge items and level descriptions word for word", () => {
    let descriptions = 0;
    let knowledge = 0;
    for (const f of FIELDS) {
      const tables = skillTables.filter((s) => s.field === f);
      skillItemsOf(f).forEach((key, i) => {
        const src = tables[i];
        const entry = skillItem(f, key);
        expect(entry.name, `${f}/${key}`).toBe(src.name);
        expect(entry.proficiencyTableKnowledgeItems, `${f}/${key}`).toEqual(src.knowledge);
        knowledge += src.knowledge.length;
        for (const [level, text] of src.levels) {
          expect(level, `${f}/${key}: level ${level} above max`).toBeLessThanOrEqual(MAX_LEVEL[f]);
          expect(skillLevelDescription(f, key, level), `${f}/${key}/${level}`).toBe(text);
          descriptions++;
        }
        for (let level = 3; level <= MAX_LEVEL[f]; level++) expect(src.levels.has(level), `${f}/${key}/${level}`).toBe(true);
      });
    }
    // 7 items × (3 + 3 + 4) levels
    expect(descriptions).toBe(70);
    expect(knowledge).toBeGreaterThan(100);
  });

  it("carries the skill area table's knowledge items", () => {
    expect(skillArea).toHaveLength(9);
    for (const row of skillArea) {
      for (const f of row.fields) {
        const entry = CATALOG.fields[f].skillItems.find((s) => s.name === row.name);
        expect(entry, `${f}: ${row.name}`).toBeDefined();
        expect(entry!.knowledgeItems.join(", "), `${f}: ${row.name}`).toBe(row.text);
      }
    }
    // every catalog item is in the table
    for (const f of FIELDS) for (const s of CATALOG.fields[f].skillItems) {
      expect(skillArea.some((r) => r.name === s.name && r.fields.includes(f)), `${f}: ${s.name}`).toBe(true);
    }
  });

  it("has levels 1..max for every item, 1 and 2 being the common entry levels", () => {
    for (const f of FIELDS) for (const key of skillItemsOf(f)) {
      const entry = skillItem(f, key);
      expect(entry.levels.map((l) => l.level)).toEqual(Array.from({ length: MAX_LEVEL[f] }, (_, i) => i + 1));
      expect(entry.levels[0]).toEqual({ level: 1, text: COMMON_LEVEL_1, source: "common" });
      expect(entry.levels[1]).toEqual({ level: 2, text: COMMON_LEVEL_2, source: "common" });
      expect(entry.levels.slice(2).every((l) => l.source === "standard" && l.text.length > 0)).toBe(true);
      expect(entry.kind).toBe(key === skillItemsOf(f)[6] ? "field" : "common");
      expect(skillLevelDescription(f, key, 0)).toBeNull();
      expect(skillLevelDescription(f, key, MAX_LEVEL[f] + 1)).toBeNull();
    }
    expect(() => skillItem("hardware", "software_technology")).toThrow();
  });
});

describe("catalog against achievement-indicators.txt", () => {
  it("parses one indicator section per field and level 3..max", () => {
    for (const f of FIELDS) {
      expect(levels.filter((l) => l.field === f).map((l) => l.level).sort()).toEqual(
        Array.from({ length: MAX_LEVEL[f] - 2 }, (_, i) => i + 3),
      );
    }
  });

  it("carries every responsibilities, complexity, size, specialty, succession and remarks text", () => {
    let criteria = 0;
    for (const src of levels) {
      const at = `${src.field} L${src.level}`;
      const cat = indicators(src.field, src.level)!;
      expect(cat, at).not.toBeNull();
      expect(cat.responsibilities, at).toBe(src.responsibilities);
      expect(cat.complexity.intro, at).toBe(src.complexity.intro);
      expect(cat.complexity.criteria.map((c) => c.text), at).toEqual(src.complexity.items);
      expect(cat.size.intro, at).toBe(src.size.intro);
      expect(cat.size.options.map((o) => o.text), at).toEqual(src.size.items);
      const [specialty, succession, develops] = src.professional;
      expect(cat.specialty.intro, at).toBe(specialty.intro);
      expect(cat.specialty.areas.map((a) => a.text), at).toEqual(specialty.items);
      if (src.level >= 4) {
        expect(src.professional, at).toHaveLength(3);
        expect(cat.succession?.intro, at).toBe(succession.intro);
        expect(cat.succession?.kinds.map((k) => k.label), at).toEqual(succession.items);
        const word = succession.intro.match(/\b(one|two|three|four|five) items? or more\b/)?.[1];
        expect(cat.succession?.required, at).toBe(["one", "two", "three", "four", "five"].indexOf(word ?? "") + 1);
        expect(develops.items, at).toEqual([]);
        expect(cat.developsSubordinates, at).toBe(develops.intro);
      } else {
        expect(src.professional, at).toHaveLength(1);
        expect(cat.succession, at).toBeNull();
        expect(cat.developsSubordinates, at).toBeNull();
      }
      expect(cat.remarks, at).toEqual(src.remarks);
      criteria += src.complexity.items.length + src.size.items.length + specialty.items.length + (succession?.items.length ?? 0);
    }
    expect(criteria).toBeGreaterThan(100);
  });

  it("says at Level 3 that passing AP is regarded as attaining its minimum capability", () => {
    for (const f of FIELDS) {
      expect(indicators(f, 3)!.remarks.some((r) => r.includes("”AP”") && /minimum capability/.test(r))).toBe(true);
      for (let level = 4; level <= MAX_LEVEL[f]; level++) expect(indicators(f, level)!.remarks).toEqual([]);
    }
  });

  it("carries the outline: job category and each field's description", () => {
    const outline = AI.slice(0, AI.indexOf("Key Performance Indicator"));
    const { jobCategory } = CATALOG;
    const performs = [...jobCategory.description, ...jobCategory.activities.flatMap((a) => [`-${a.phase}`, ...a.items.map((i) => `• ${i}`)]), jobCategory.classification].join(" ");
    expect(outline).toContain(`Description of Job Category ${performs}`);
    const fieldPart = outline.slice(outline.indexOf(jobCategory.classification) + jobCategory.classification.length).trim();
    const parsed = fieldPart.split("●").map((s) => s.trim()).filter(Boolean);
    expect(parsed).toEqual(FIELDS.map((f) => `${CATALOG.fields[f].outline.name} ${CATALOG.fields[f].outline.description}`));
  });
});

describe("every catalog string occurs in the sources", () => {
  it("skill items", () => {
    let n = 0;
    for (const f of FIELDS) for (const s of CATALOG.fields[f].skillItems) {
      for (const text of [s.name, ...s.knowledgeItems, ...s.proficiencyTableKnowledgeItems]) { expect(SP, text).toContain(text); n++; }
      for (const l of s.levels) if (l.source === "standard") { expect(SP, l.text).toContain(l.text); n++; }
    }
    expect(n).toBeGreaterThan(300);
  });

  it("indicators and outline", () => {
    const strings: string[] = [CATALOG.jobCategory.name, ...CATALOG.jobCategory.description, CATALOG.jobCategory.classification];
    for (const a of CATALOG.jobCategory.activities) strings.push(a.phase, ...a.items);
    for (const f of FIELDS) {
      const fc = CATALOG.fields[f];
      strings.push(fc.outline.name, fc.outline.description);
      for (const i of fc.indicators) {
        strings.push(i.responsibilities, i.complexity.intro, ...i.complexity.criteria.map((c) => c.text));
        strings.push(i.size.intro, ...i.size.options.map((o) => o.text));
        strings.push(i.specialty.intro, ...i.specialty.areas.map((a) => a.text), ...i.remarks);
        if (i.succession) strings.push(i.succession.intro, ...i.succession.kinds.map((k) => k.label));
        if (i.developsSubordinates) strings.push(i.developsSubordinates);
      }
    }
    for (const s of strings) expect(AI, s).toContain(s);
    for (const kind of SUCCESSION_KINDS) expect(AI).toContain(successionKindLabel(kind));
  });
});

describe("keys and accessors", () => {
  it("names every key of the specialty-area table (docs/cli.md#identifiers) at its level, in order, with a sentence", () => {
    for (const f of FIELDS) {
      const byLevel = SPECIALTY_AREAS[f] as Record<number, readonly string[]>;
      for (const [level, keys] of Object.entries(byLevel)) {
        expect(indicators(f, Number(level))!.specialty.areas.map((a) => a.key)).toEqual(keys);
        for (const key of keys) {
          expect(specialtyText(f, Number(level), key), `${f}/${level}/${key}`).toMatch(/\w/);
          expect(specialtyLevelsOf(f, key)).toContain(Number(level));
        }
      }
      for (const i of CATALOG.fields[f].indicators) expect(byLevel[i.level]).toBeDefined();
    }
    expect(specialtyLevelsOf("facility", "facility_engineering")).toEqual([4, 5, 6]);
    expect(specialtyLevelsOf("hardware", "sw_failure_diagnosis_product_tech")).toEqual([]);
    expect(specialtyText("hardware", 3, "customer_satisfaction")).toBeNull();
    expect(specialtyLabel("hardware", "customer_satisfaction")).toBe("Acquisition of customer satisfaction");
  });

  it("has a text for every complexity criterion, the same at every level", () => {
    for (const f of FIELDS) {
      for (const i of CATALOG.fields[f].indicators) expect(i.complexity.criteria.map((c) => c.key)).toEqual(COMPLEXITY_OF[f]);
      for (const key of COMPLEXITY_OF[f]) {
        expect(complexityText(f, key)).toMatch(/\w/);
        for (const i of CATALOG.fields[f].indicators) expect(i.complexity.criteria.find((c) => c.key === key)!.text).toBe(complexityText(f, key));
      }
    }
    expect(() => complexityText("facility", "multi_platform")).toThrow();
  });

  it("has the succession kinds in order and the required numbers", () => {
    for (const f of FIELDS) for (const i of CATALOG.fields[f].indicators) {
      if (i.succession) expect(i.succession.kinds.map((k) => k.kind)).toEqual(SUCCESSION_KINDS);
    }
    expect(FIELDS.map((f) => [3, 4, 5, 6].map((l) => successionRequired(f, l)))).toEqual([
      [0, 1, 3, 0], [0, 1, 3, 0], [0, 1, 3, 4],
    ]);
  });

  it("gives each size option a rule matching docs/evaluation.md, and the two footnotes", () => {
    const rules = (f: Field, l: number) => sizeOptions(f, l).map((o) => o.rule);
    for (const f of ["hardware", "software"] as const) {
      expect(rules(f, 5)).toEqual([{ kind: "scope", scope: "wide_area_users" }, { kind: "scope", scope: "wide_area_team", minComplexity: 4 }]);
      expect(rules(f, 4)).toEqual([{ kind: "scope", scope: "wide_area_team" }, { kind: "scope", scope: "specific_users", minComplexity: 4 }]);
      expect(rules(f, 3)).toEqual([{ kind: "scope", scope: "specific_users" }]);
    }
    const low = { computerRoomSites: { greaterThan: 0, lessThan: 3 }, floorSpaceM2: { greaterThan: 0, lessThan: 2000 }, networkSites: { greaterThan: 0, lessThan: 100 } };
    const mid = { computerRoomSites: { atLeast: 3, lessThan: 5 }, floorSpaceM2: { atLeast: 2000, lessThan: 5000 }, networkSites: { atLeast: 100, lessThan: 300 } };
    const high = { computerRoomSites: { atLeast: 5 }, floorSpaceM2: { atLeast: 5000 }, networkSites: { atLeast: 300 } };
    expect(rules("facility", 6)).toEqual([
      { kind: "facility", scope: "whole", anyOf: high },
      { kind: "facility", scope: "whole", minComplexity: 3, anyOf: mid },
    ]);
    expect(rules("facility", 5)).toEqual([
      { kind: "facility", scope: "whole", anyOf: mid },
      { kind: "facility", scope: "whole", minComplexity: 3, anyOf: low },
    ]);
    expect(rules("facility", 4)).toEqual([
      { kind: "facility", scope: "whole", anyOf: low },
      { kind: "facility", scope: "part", minComplexity: 3 },
    ]);
    expect(rules("facility", 3)).toEqual([{ kind: "facility", scope: "part" }]);
    const withFootnote = FIELDS.flatMap((f) => CATALOG.fields[f].indicators.flatMap((i) => i.size.options.filter((o) => o.footnote).map((o) => ({ f, level: i.level, o }))));
    expect(withFootnote.map(({ f, level }) => `${f}/${level}`)).toEqual(["facility/4", "facility/5"]);
    expect(withFootnote[0].o.text).toContain("less than 2 sites");
    expect(withFootnote[0].o.footnote).toBe(FOOTNOTES.computerRoomSites);
    expect(withFootnote[1].o.text).toContain("less than 10 installation sites");
    expect(withFootnote[1].o.footnote).toContain(FOOTNOTES.computerRoomSites);
    expect(withFootnote[1].o.footnote).toContain(FOOTNOTES.networkSites);
  });

  it("labels every exam, component area, succession kind and scope", () => {
    for (const e of EXAMS) expect(examLabel(e)).toMatch(/\w/);
    expect([examLabel("IP"), examLabel("FE"), examLabel("AP")]).toEqual(["IT Passport", "Fundamental IT Engineer", "Applied IT Engineer"]);
    for (const f of FIELDS) for (const a of COMPONENT_AREAS[f]) expect(componentAreaLabel(a)).toMatch(/\w/);
    for (const k of SUCCESSION_KINDS) expect(successionKindLabel(k)).toMatch(/\w/);
    for (const s of [...SCOPES, ...FACILITY_SCOPES]) expect(scopeLabel(s)).toMatch(/\w/);
  });

  it("is pure data: no server or framework imports in the catalog modules", () => {
    const dir = import.meta.dirname;
    for (const file of fs.readdirSync(dir).filter((n) => n.endsWith(".ts") && !n.endsWith(".test.ts"))) {
      const text = fs.readFileSync(path.join(dir, file), "utf8");
      const imports = [...text.matchAll(/from "([^"]+)"/g)].map((m) => m[1]);
      for (const i of imports) expect(i, `${file} imports ${i}`).toMatch(/^\.\.?\//);
      expect(text.split("\n")[0], file).toMatch(/^\/\/ /);
    }
  });
});
