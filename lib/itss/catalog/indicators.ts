// Achievement indicators per field and level, word for word from achievement-indicators.txt, with structured size rules.
import type { Field } from "../fields";
import { FOOTNOTES } from "./labels";
import type { LevelIndicators } from "./types";

export const INDICATORS: { readonly [F in Field]: readonly LevelIndicators[] } = {
  hardware: [
    {
      field: "hardware",
      level: 3,
      responsibilities: "Has responsibility for implementation in assigned area, as a member of hardware service team. Has experience and performance of participating in either one of service activities of IT main components (generic processor, medium-sized processor, PC, storage, network, and etc.) and implementing installation and maintenance activity of hardware once or more (Projects must meet the complexity and size of Level 3)",
      complexity: {
        intro: "Has experience and performance of participating in installation and maintenance activities of hardware in system with two or more of following complexity criteria.",
        criteria: [
          { key: "multi_platform", text: "System running on multi-platforms" },
          { key: "multi_vendor", text: "Multi-vendor system environment" },
          {
            key: "advanced_technology",
            text: "Use of advanced and completely new or not widely used technologies",
          },
          { key: "mission_critical", text: "Mission critical system" },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          },
          { key: "nationwide", text: "Nation-wide scale system (network, distributed sites)" },
        ],
      },
      size: {
        intro: "Has experience and performance of participating in installation, maintenance activities of hardware in systems with following size.",
        options: [
          {
            text: "Participates in service activities for specific users as a member of specific services team",
            rule: { kind: "scope", scope: "specific_users" },
          },
        ],
      },
      specialty: {
        intro: "Has the specialty in either one of the following hardware area to practices by him/herself.",
        areas: [
          {
            key: "basic_hw_ops_product_tech",
            text: "Basic knowledge on system operation management and hardware product technologies",
          },
          {
            key: "first_support_contact",
            text: "First technical support contact on hardware and system operation for user side",
          },
          {
            key: "advice_for_user_needs",
            text: "Advice provision for planning and method in accordance with user needs",
          },
        ],
      },
      succession: null,
      developsSubordinates: null,
      remarks: [
        "By passing Applied ITEE (Information Technology Engineer Examination)”AP”, individuals are regarded as attaining the minimum capability required in ITSS level 3.",
      ],
    },
    {
      field: "hardware",
      level: 4,
      responsibilities: "Handles one specialty area of IT main components (generic processor, medium-sized processor, PC, storage, network, and etc.), as a person responsible for hardware service in phases of development, operation and maintenance. Has experience and performance of achieving project success in installation and maintenance activities of hardware to satisfy usability and easy maintenance and etc. of system two times or more (At least one project must meet the complexity and size of Level 4, others can be of the Level 3 or above)",
      complexity: {
        intro: "Has experience and performance of achieving successful results in installation and maintenance activities of hardware in system with two or more of following complexity criteria.",
        criteria: [
          { key: "multi_platform", text: "System running on multi-platforms" },
          { key: "multi_vendor", text: "Multi-vendor system environment" },
          {
            key: "advanced_technology",
            text: "Use of advanced and completely new or not widely used technologies",
          },
          { key: "mission_critical", text: "Mission critical system" },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          },
          { key: "nationwide", text: "Nation-wide scale system (network, distributed sites)" },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving successful results in the installation and maintenance activity of hardware in system with either one of the following size.",
        options: [
          {
            text: "Assigned to service team that covers wide service area, or specific industries",
            rule: { kind: "scope", scope: "wide_area_team" },
          },
          {
            text: "Assigned to service team with four or more of above complexity criteria and for specific users",
            rule: { kind: "scope", scope: "specific_users", minComplexity: 4 },
          },
        ],
      },
      specialty: {
        intro: "Has the high specialty in either one of the following hardware areas sufficient to guide subordinates.",
        areas: [
          {
            key: "hw_ops_product_tech",
            text: "System operation management and hardware product technologies",
          },
          {
            key: "ops_policy_selection_planning",
            text: "System operation management policy, product selection, and installation plan formulation for users",
          },
          { key: "team_profitability", text: "Profitability management in the assigned team" },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement in one items or more of hardware expertise succession",
        required: 1,
        kinds: [
          {
            kind: "community_activity",
            label: "Professional community activities such as academic society and committee",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
    {
      field: "hardware",
      level: 5,
      responsibilities: "Leads others in customer service job category, as a person responsible for hardware service in phases of development, operation and maintenance. Handles one main assigned area of IT main components (generic processor, medium-sized processor, PC, storage, network, and etc.). Has experience and performance of achieving project success in installation and maintenance activities of hardware to satisfy usability and easy maintenance and etc. of system, three times or more (At least one project must meet the complexity and size of Level 5, and others can be of the Level 4 or above)",
      complexity: {
        intro: "Has experience and performance of achieving success in installation and maintenance activities of hardware in system with two or more of following complexity criteria.",
        criteria: [
          { key: "multi_platform", text: "System running on multi-platforms" },
          { key: "multi_vendor", text: "Multi-vendor system environment" },
          {
            key: "advanced_technology",
            text: "Use of advanced and completely new or not widely used technologies",
          },
          { key: "mission_critical", text: "Mission critical system" },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          },
          { key: "nationwide", text: "Nation-wide scale system (network, distributed sites)" },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving success in the installation and maintenance activity of hardware in system with either one of the following size.",
        options: [
          {
            text: "Assigned to users with wide service area, whole specific industries or equivalent needs",
            rule: { kind: "scope", scope: "wide_area_users" },
          },
          {
            text: "Assigned to service team that covers wide service area or specific industries, and with four or more of above complexity criteria",
            rule: { kind: "scope", scope: "wide_area_team", minComplexity: 4 },
          },
        ],
      },
      specialty: {
        intro: "Holds the high specialty in either one of the following hardware areas sufficient to guide others and contributes to the company",
        areas: [
          { key: "general_it_components", text: "General IT main component" },
          {
            key: "hw_ops_product_tech",
            text: "System operation management and hardware product technologies",
          },
          {
            key: "ops_policy_selection_planning",
            text: "System operation management policy, product selection, and installation planning for user side",
          },
          {
            key: "personnel_profitability",
            text: "Planning management of personnel required in the overall service team and profitability management",
          },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement in three items or more of hardware expertise succession",
        required: 3,
        kinds: [
          {
            kind: "community_activity",
            label: "Activities in professional community such as academic society and committee",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
  ],
  software: [
    {
      field: "software",
      level: 3,
      responsibilities: "Has responsibility for implementation in assigned area, as a member of software service team. Has experience and performance of participating in either one of service activities of IT main components (operating system, database, middleware, application software and etc.) and implementing installation and maintenance activity of software once or more (Projects must meet the complexity and size of Level 3)",
      complexity: {
        intro: "Has experience and performance of participating in installation and maintenance activities of software in system with two or more of following complexity criteria.",
        criteria: [
          { key: "multi_platform", text: "System running on multi-platforms" },
          { key: "multi_vendor", text: "Multi-vendor system environment" },
          {
            key: "advanced_technology",
            text: "Use of advanced and completely new or not widely used technologies",
          },
          { key: "mission_critical", text: "Mission critical system" },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          },
          { key: "nationwide", text: "Nation-wide scale system (network, distributed sites)" },
        ],
      },
      size: {
        intro: "Has experience and performance of participating in installation and maintenance activities of software in systems with following size.",
        options: [
          {
            text: "Participates in service activities for specific users, as a member of specific services team",
            rule: { kind: "scope", scope: "specific_users" },
          },
        ],
      },
      specialty: {
        intro: "Has the specialty in either one of the following software area to perform assigned task by him/her-self.",
        areas: [
          {
            key: "basic_sw_failure_diagnosis_product_tech",
            text: "Basic knowledge of software failure diagnosis, software product technology",
          },
          {
            key: "first_support_contact",
            text: "First technical support contact on software support for users",
          },
          {
            key: "advice_for_user_needs",
            text: "Advice for planning and method in accordance with user needs",
          },
        ],
      },
      succession: null,
      developsSubordinates: null,
      remarks: [
        "By passing Applied ITEE (Information Technology Engineer Examination)”AP”, individuals are regarded as attaining the minimum capability required in ITSS level 3",
      ],
    },
    {
      field: "software",
      level: 4,
      responsibilities: "Handles one specialty area of IT main components (operating system, database, middleware, application software and etc.), as a person responsible for software service in phases of development, operation and maintenance. Has experience and performance of achieving project success in installation and maintenance activities of software to satisfy usability and easy maintenance and etc. of system two times or more (At least one project must meet the complexity and size of Level 4, and others can be of the Level 3 or above)",
      complexity: {
        intro: "Has experience and performance of achieving success in installation and maintenance activities of software in system with two or more of following complexity criteria.",
        criteria: [
          { key: "multi_platform", text: "System running on multi-platforms" },
          { key: "multi_vendor", text: "Multi-vendor system environment" },
          {
            key: "advanced_technology",
            text: "Use of advanced and completely new or not widely used technologies",
          },
          { key: "mission_critical", text: "Mission critical system" },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          },
          { key: "nationwide", text: "Nation-wide scale system (network, distributed sites)" },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving successful results in the installation and maintenance activity of software in system with either one of the following size.",
        options: [
          {
            text: "Assigned to service team that covers wide service area, or specific industries",
            rule: { kind: "scope", scope: "wide_area_team" },
          },
          {
            text: "Assigned to service team with four or more of above complexity criteria and for specific users",
            rule: { kind: "scope", scope: "specific_users", minComplexity: 4 },
          },
        ],
      },
      specialty: {
        intro: "Has the high specialty in either one of the following software areas sufficient to guide subordinates.",
        areas: [
          {
            key: "sw_failure_diagnosis_product_tech",
            text: "Software failure diagnosis, software product technology",
          },
          {
            key: "measures_for_user_requirements",
            text: "Planning for appropriate measures in accordance with user requirement",
          },
          { key: "team_structure_maintenance", text: "Structure maintenance in the assigned team" },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement of one items or more of following software expertise succession",
        required: 1,
        kinds: [
          {
            kind: "community_activity",
            label: "Activities in professional community activities such as academic societies and committees",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
    {
      field: "software",
      level: 5,
      responsibilities: "Leads others in customer service category, as a person responsible for software service in the phases of development, operation, and maintenance of project. Handles one main assigned area of IT main components (operating system, database, middleware, application software and etc.) and has experience and performance of achieving project success in installation and maintenance activities of software to satisfy usability and easy maintenance and etc. of system three times or more (At least one project must meet the complexity and size of Level 5, and others can be of the Level 4 or above)",
      complexity: {
        intro: "Has experience and performance of achieving success in installation and maintenance activities of software in system with two or more of following complexity criteria.",
        criteria: [
          { key: "multi_platform", text: "System running on multi-platforms" },
          { key: "multi_vendor", text: "Multi-vendor system environment" },
          {
            key: "advanced_technology",
            text: "Use of advanced and completely new or not widely used technologies",
          },
          { key: "mission_critical", text: "Mission critical system" },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty in change, maintenance and failure recovery",
          },
          { key: "nationwide", text: "Nation-wide scale system (network, distributed sites)" },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving success in the installation and maintenance activity of software in system with either one of the following size.",
        options: [
          {
            text: "Assigned to users with wide service area, whole specific industries or equivalent needs",
            rule: { kind: "scope", scope: "wide_area_users" },
          },
          {
            text: "Assigned to service team that covers wide service area or specific industries, and with four or more of above complexity criteria",
            rule: { kind: "scope", scope: "wide_area_team", minComplexity: 4 },
          },
        ],
      },
      specialty: {
        intro: "Has the high specialty in either one or more of the following software area sufficient to guide others and contributes to the company.",
        areas: [
          { key: "general_it_components", text: "General IT main component" },
          {
            key: "sw_failure_diagnosis_product_tech",
            text: "Software failure diagnosis, software product technology",
          },
          {
            key: "sw_service_support_planning",
            text: "Software service, technical support and plan planning in the assigned area",
          },
          {
            key: "personnel_profitability",
            text: "Planning management of personnel required in the overall service team and profitability management",
          },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement in three items or more of software expertise succession",
        required: 3,
        kinds: [
          {
            kind: "community_activity",
            label: "Activities in professional community such as academic society and committee",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
  ],
  facility: [
    {
      field: "facility",
      level: 3,
      responsibilities: "Has responsibility for implementation in assigned areas, as a member of facility management service team. Has experience and performance in implementing design, construction, management, and maintenance project of IT-related facilities once or more (Projects must meet the complexity and size of Level 3 )",
      complexity: {
        intro: "Has experience and performance of participating in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        criteria: [
          {
            key: "mission_critical_facility",
            text: "Incidental facilities of mission-critical system",
          },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          },
          {
            key: "many_sites_complex_network",
            text: "Has a lot of installation sites and complex network structure",
          },
          {
            key: "complex_disaster_crime_prevention",
            text: "Disaster and crime prevention scheme based on complex requirements",
          },
        ],
      },
      size: {
        intro: "Has experience and performance of participating in design, construction, management and maintenance project of IT-related facility, as a member of facility management service team with the following size.",
        options: [
          {
            text: "Management and operation of incidental facilities for part of computer rooms and network related to operation",
            rule: { kind: "facility", scope: "part" },
          },
        ],
      },
      specialty: {
        intro: "Holds the high specialty in either one of the following facility management area to perform assigned task by him/her-self",
        areas: [
          {
            key: "basic_facility_engineering",
            text: "Basic knowledge of facilities management, architecture, electricity, machinery, generic cabling, and etc.",
          },
          {
            key: "advice_for_user_needs",
            text: "Advice for planning and method in accordance with user needs",
          },
        ],
      },
      succession: null,
      developsSubordinates: null,
      remarks: [
        "By passing Applied ITEE (Information Technology Engineer Examination)”AP”, individuals are regarded as attaining the minimum capability required in ITSS level 3",
      ],
    },
    {
      field: "facility",
      level: 4,
      responsibilities: "Has experience and performance of achieving project success in design, construction, management, and maintenance activities of IT-related facilities to satisfy usability and easy maintenance of facility infrastructure two times or more (At least one project must meet the complexity and size of Level 4, and others can be of the Level 3 or more), as a person responsible for facility management service in phases of development, operation and maintenance.",
      complexity: {
        intro: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        criteria: [
          {
            key: "mission_critical_facility",
            text: "Incidental facilities of mission-critical system",
          },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          },
          {
            key: "many_sites_complex_network",
            text: "Has a lot of installation sites and complex network structure",
          },
          {
            key: "complex_disaster_crime_prevention",
            text: "Disaster and crime prevention scheme based on complex requirements",
          },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility with the following size",
        options: [
          {
            text: "Incidental facilities for computer rooms with less than 2 sites or less than 2000 square meters of space, or incidental facilities for small-scale network with less than 100 installation sites.",
            rule: {
              kind: "facility",
              scope: "whole",
              anyOf: {
                computerRoomSites: { greaterThan: 0, lessThan: 3 },
                floorSpaceM2: { greaterThan: 0, lessThan: 2000 },
                networkSites: { greaterThan: 0, lessThan: 100 },
              },
            },
            footnote: FOOTNOTES.computerRoomSites,
          },
          {
            text: "Incidental facilities with three or more of above complexity criteria, and for part of computer rooms and network related to operation",
            rule: { kind: "facility", scope: "part", minComplexity: 3 },
          },
        ],
      },
      specialty: {
        intro: "Holds the high specialty in either one of the following facility management area to guide subordinates.",
        areas: [
          {
            key: "facility_engineering",
            text: "Facilities management, architecture, electricity, machinery, generic cabling and etc.",
          },
          {
            key: "team_personnel_profitability",
            text: "Personnel planning in assigned service team, and understanding profitability",
          },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement of one items or more of following facility management expertise succession",
        required: 1,
        kinds: [
          {
            kind: "community_activity",
            label: "Activities in professional community such as academic society and committee",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
    {
      field: "facility",
      level: 5,
      responsibilities: "Leads others in customer service job categories, as a person responsible for facility management service in phases of development, operation, and maintenance of project. Has experience and performance of achieving project success in design, construction, management and maintenance activities of IT-related facility to satisfy usability and easy maintenance and etc. of facility infrastructure three times or more (At least one project must meet the complexity and size of Level 5, others can be of the Level 4 or above)",
      complexity: {
        intro: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        criteria: [
          {
            key: "mission_critical_facility",
            text: "Incidental facilities of mission-critical system",
          },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          },
          {
            key: "many_sites_complex_network",
            text: "Has a lot of installation sites and complex network structure",
          },
          {
            key: "complex_disaster_crime_prevention",
            text: "Disaster and crime prevention scheme based on complex requirements",
          },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility with either one of the following size.",
        options: [
          {
            text: "Incidental facilities for computer rooms with 3 to 4 sites, or 2000 or more but less than 5000 square meters of space, or Incidental facilities for medium-scale network with 100 or more but less than 300 installation sites",
            rule: {
              kind: "facility",
              scope: "whole",
              anyOf: {
                computerRoomSites: { atLeast: 3, lessThan: 5 },
                floorSpaceM2: { atLeast: 2000, lessThan: 5000 },
                networkSites: { atLeast: 100, lessThan: 300 },
              },
            },
          },
          {
            text: "Incidental facilities for computer rooms with three or more of above complexity criteria and with less than 2 sites or less than 2000 square meters of space, or Incidental facilities for small-scale network with less than 10 installation sites",
            rule: {
              kind: "facility",
              scope: "whole",
              minComplexity: 3,
              anyOf: {
                computerRoomSites: { greaterThan: 0, lessThan: 3 },
                floorSpaceM2: { greaterThan: 0, lessThan: 2000 },
                networkSites: { greaterThan: 0, lessThan: 100 },
              },
            },
            footnote: `${FOOTNOTES.computerRoomSites} ${FOOTNOTES.networkSites}`,
          },
        ],
      },
      specialty: {
        intro: "Has the high specialty in either one of the following facility management area sufficient to guide others and contributes to the company",
        areas: [
          {
            key: "facility_engineering",
            text: "Facilities management, architecture, electricity, machinery, generic cabling and etc.",
          },
          {
            key: "facility_strategy_assigned_area",
            text: "Planning of facility strategy and medium and long term facility plan in assigned area",
          },
          {
            key: "assigned_team_personnel_profitability",
            text: "Planning management of personnel required in assigned service team and profitability management",
          },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement of three items or more of facility management expertise succession",
        required: 3,
        kinds: [
          {
            kind: "community_activity",
            label: "Activities in professional community such as academic society and committee",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
    {
      field: "facility",
      level: 6,
      responsibilities: "Leads others in customer service job categories, as a person responsible for facility management service in phases of development, operation, and maintenance. Has experience and performance of achieving project success in design, construction, management and maintenance activities of IT-related facility to satisfy usability and easy maintenance and etc. of facility infrastructure three times or more (At least one project must meet the complexity and size of Level 6, and others can be of the Level 5 or above)",
      complexity: {
        intro: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility in project with two or more of following complexity criteria.",
        criteria: [
          {
            key: "mission_critical_facility",
            text: "Incidental facilities of mission-critical system",
          },
          {
            key: "continuous_operation",
            text: "Required for 24 hours a day and 365 days continuous operation, and specialty for change, maintenance and failure recovery",
          },
          {
            key: "many_sites_complex_network",
            text: "Has a lot of installation sites and complex network structure",
          },
          {
            key: "complex_disaster_crime_prevention",
            text: "Disaster and crime prevention scheme based on complex requirements",
          },
        ],
      },
      size: {
        intro: "Has experience and performance of achieving success in design, construction, management and maintenance activities of IT-related facility with either one of the following size.",
        options: [
          {
            text: "Incidental facilities for computer rooms of 5 or more sites, or 5000 or more square meters of space, or incidental facilities for large-scale network with 300 or more installation sites",
            rule: {
              kind: "facility",
              scope: "whole",
              anyOf: {
                computerRoomSites: { atLeast: 5 },
                floorSpaceM2: { atLeast: 5000 },
                networkSites: { atLeast: 300 },
              },
            },
          },
          {
            text: "Incidental facilities for computer rooms with three or more of above complexity criteria and with 3 to 4 sites, or 2000 or more but less than 5000 square meters of space, or incidental facilities for medium-scale network with 100 or more but less than 300 installation sites.",
            rule: {
              kind: "facility",
              scope: "whole",
              minComplexity: 3,
              anyOf: {
                computerRoomSites: { atLeast: 3, lessThan: 5 },
                floorSpaceM2: { atLeast: 2000, lessThan: 5000 },
                networkSites: { atLeast: 100, lessThan: 300 },
              },
            },
          },
        ],
      },
      specialty: {
        intro: "Has the high specialty in either one of the following facility management area sufficient to guide others and contributes to the industry.",
        areas: [
          {
            key: "facility_engineering",
            text: "Facility management, architecture, electricity, machinery, generic cabling, and etc.",
          },
          {
            key: "facility_strategy_long_term",
            text: "Facility strategy, and medium and long term facility plan",
          },
          {
            key: "personnel_profitability",
            text: "Planning management of personnel required in the overall service team, and profitability management",
          },
          { key: "customer_satisfaction", text: "Acquisition of customer satisfaction" },
        ],
      },
      succession: {
        intro: "Has achievement in four items or more of following expertise succession for facility management",
        required: 4,
        kinds: [
          {
            kind: "community_activity",
            label: "Activities in professional community such as academic society and committee",
          },
          { kind: "book", label: "Publication of a book" },
          { kind: "paper_external", label: "Publication of a paper outside the company" },
          { kind: "paper_internal", label: "Publication of a paper within the company" },
          { kind: "instructor_external", label: "Instructor outside the company" },
          { kind: "instructor_internal", label: "Instructor within the company" },
          { kind: "patent", label: "Filing of a patent application" },
        ],
      },
      developsSubordinates: "Develops subordinates (by mentoring, coaching and etc.)",
      remarks: [],
    },
  ],
};
