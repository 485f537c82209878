// What every feature's routes receive: the database, the configuration and the form checker.
import type { Finding, Form } from '@jixiao/core';
import type { Config } from './config.ts';
import type { Db } from './db/client.ts';

/** Runs the checks (审核规则) on one stored form; injectable so workflow tests control findings. */
export type FormChecker = (form: Form) => Finding[];

export interface AppDeps {
  db: Db;
  config: Config;
  checkForm: FormChecker;
}
