// The outline at the start of achievement-indicators.txt: the job category's description and each field's description.
import type { Field } from "../fields";
import type { FieldOutline, JobCategoryOutline } from "./types";

export const JOB_CATEGORY: JobCategoryOutline = {
  name: "Customer Service",
  description: [
    "Performs remote maintenance as well as installation of hardware, installation of software, customization, maintenance, and repairs in accordance with customer facilities by utilizing expertise related to hardware, software, and facilities. In addition, supports facility construction to utilize IT technology. Has responsibility for quality (usability, easy-maintenance, and etc.) of installed hardware and software.",
    "In the IT investment phases, development (solution construction (development, implementation), and operation, maintenance (solution maintenance (system, business operation), are the main activity areas. Performs the following:",
  ],
  activities: [
    { phase: "Development", items: ["Installation of hardware and software"] },
    { phase: "Operation and maintenance", items: ["Maintenance of hardware and software"] },
  ],
  classification: "This job career category is classified into the following specialty fields.",
};

export const FIELD_OUTLINE: { readonly [F in Field]: FieldOutline } = {
  hardware: {
    name: "Hardware",
    description:
      "Performs installation, fixing, normal functional maintenance, function expansion, fault recovery, and guidance for manipulation, and etc. with the purpose of stable operation of computers and related equipment (hereafter called hardware) that are already installed or will be installed in the future",
  },
  software: {
    name: "Software",
    description:
      "Performs installation, set up, normal maintenance of function, function expansion, configuration change, restoration from failure, and guidance on operation, etc, with the purpose of stable operation for computer programs and software products (hereafter called software) that are already installed or will be installed in the future.",
  },
  facility: {
    name: "Facility management",
    description:
      "Performs design, construction management and operation of computer systems and institution infrastructure of network",
  },
};
