import type { Linter } from "eslint";

export declare const uiKitRule: Linter.Config;
