// Labels for identifiers (succession kinds, component areas, exams, scopes) and the footnotes on size criteria.
import type { ComponentArea, Exam, FacilityScope, Scope, SuccessionKind } from "../record-options";

/** Decisions where the English text leaves a hole (docs/evaluation.md, "Decisions where the standard's English text is ambiguous"), shown where the app displays the criterion. */
export const FOOTNOTES = {
  computerRoomSites:
    "The standard says \"less than 2 sites\" for Level 4 and \"3 to 4\" for Level 5, so 2 sites would fall in neither: computer rooms of 1 to 2 sites are read as the Level 4 tier.",
  networkSites:
    "Level 5 says \"small-scale network with less than 10 installation sites\", while Level 4 calls the small-scale network \"less than 100\"; read literally, 9 sites would give Level 5 and 10 sites Level 4, so it is read as \"less than 100\", like Level 4.",
} as const;
export type FootnoteId = keyof typeof FOOTNOTES;

/** Expertise-succession kinds, worded as the indicators word them (the wording of most levels). */
export const SUCCESSION_KIND_LABEL: Record<SuccessionKind, string> = {
  community_activity: "Activities in professional community such as academic society and committee",
  book: "Publication of a book",
  paper_external: "Publication of a paper outside the company",
  paper_internal: "Publication of a paper within the company",
  instructor_external: "Instructor outside the company",
  instructor_internal: "Instructor within the company",
  patent: "Filing of a patent application",
};

/** IT component areas, as the responsibilities text lists them ("and etc." = other). */
export const COMPONENT_AREA_LABEL: Record<ComponentArea, string> = {
  generic_processor: "Generic processor",
  medium_sized_processor: "Medium-sized processor",
  pc: "PC",
  storage: "Storage",
  network: "Network",
  operating_system: "Operating system",
  database: "Database",
  middleware: "Middleware",
  application_software: "Application software",
  other: "Other",
};

/** ITEE (Information Technology Engineers Examination) names. */
export const EXAM_LABEL: Record<Exam, string> = {
  IP: "IT Passport",
  FE: "Fundamental IT Engineer",
  AP: "Applied IT Engineer",
  ST: "IT Strategist",
  SA: "Systems Architect",
  PM: "Project Manager",
  NW: "Network Specialist",
  DB: "Database Specialist",
  ES: "Embedded Systems Specialist",
  SM: "IT Service Manager",
  AU: "Systems Auditor",
  SC: "Information Security Specialist",
};

/** Service scope of a project (hardware/software `scope`, facility `facility.scope`), as docs/cli.md#identifiers words it. */
export const SCOPE_LABEL: Record<Scope | FacilityScope, string> = {
  specific_users: "Participates in service for specific users, as a member of a specific service team",
  wide_area_team: "Assigned to a service team that covers a wide service area or specific industries",
  wide_area_users: "Assigned to users with a wide service area, whole specific industries or equivalent needs",
  part: "Part of the computer rooms and network related to operation",
  whole: "The facility as a whole",
};
