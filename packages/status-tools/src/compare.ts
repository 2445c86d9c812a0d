// Comparing status copies: copies fed the same events must be equal, so a difference names
// whatever went wrong (docs/architecture.md "Events and the agencies' copies of case status").

/** Anything with node-postgres's `query(text, values)`: a `pg` Client or Pool. */
export interface StatusCopySql {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[] }>;
}

/** A copy's current status as a difference report shows it: ids, clocks and status words. */
export interface CurrentStatusView {
  readonly status: string;
  readonly hlc: string;
  readonly origin: string;
  readonly eventId: string;
}

export interface StatusCopyDifference {
  readonly caseId: string;
  /** Copies (schemas) that have neither a status nor any history for the case. */
  readonly missingFrom: readonly string[];
  /** Set when the copies' current status rows differ: which columns, and each copy's. */
  readonly current?: {
    readonly fields: readonly string[];
    readonly byCopy: Readonly<Record<string, CurrentStatusView | null>>;
  };
  /**
   * Set when the histories differ. A history is read in (hlc, origin, event id) order, so equal
   * sets of equal entries are equal histories: a difference is an entry one copy lacks, or one
   * entry that differs between copies.
   */
  readonly history?: {
    readonly entries: Readonly<Record<string, number>>;
    /** Per copy, the event ids other copies have and it lacks. */
    readonly lacking: Readonly<Record<string, readonly string[]>>;
    /** Entries with one event id whose columns differ between copies. */
    readonly differing: readonly { readonly eventId: string; readonly fields: readonly string[] }[];
  };
}

export interface StatusCopyComparison {
  readonly copies: readonly { schema: string; cases: number; historyEntries: number }[];
  /** Cases in any copy. */
  readonly cases: number;
  /** Every case where the copies differ, by case id. */
  readonly differences: readonly StatusCopyDifference[];
}

const CURRENT_COLUMNS = [
  'status',
  'agency',
  'agency_status',
  'hlc',
  'origin',
  'event_id',
  'changed_at',
] as const;
const HISTORY_COLUMNS = [
  'case_id',
  'status',
  'agency',
  'agency_status',
  'reason',
  'readers',
  'hlc',
  'origin',
  'occurred_at',
] as const;
const DETAIL_CHUNK = 500;

/**
 * Compares the status copies in `schemas` (subgraphs' schemas in one database) and returns every
 * case where they differ. PostgreSQL fingerprints each case in each copy (the current row and an
 * md5 of the ordered history), so only the differing cases are read into memory, to say how
 * they differ. Nothing personal is returned: case and event ids, clocks, origins, status words
 * and the names of differing columns.
 */
export async function compareStatusCopies(
  sql: StatusCopySql,
  schemas: readonly string[],
): Promise<StatusCopyComparison> {
  if (new Set(schemas).size !== schemas.length || schemas.length < 2) {
    throw new Error(`compare at least two different copies (got ${schemas.join(', ') || 'none'})`);
  }
  for (const schema of schemas) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) {
      throw new Error(`"${schema}" is not a schema name (lower-case letters, digits, _)`);
    }
  }
  const found = await sql.query(
    `select table_schema as schema from information_schema.tables
      where table_name = 'case_status_history' and table_schema = any($1::text[])`,
    [schemas],
  );
  const present = new Set((found.rows as { schema: string }[]).map((row) => row.schema));
  const absent = schemas.filter((schema) => !present.has(schema));
  if (absent.length > 0) {
    throw new Error(`no status copy (case_status_history) in schema ${absent.join(', ')}`);
  }

  const copies = [];
  for (const schema of schemas) {
    const { rows } = await sql.query(
      `select (select count(*) from "${schema}".case_status)::int as cases,
              (select count(*) from "${schema}".case_status_history)::int as entries`,
    );
    const counts = rows[0] as { cases: number; entries: number };
    copies.push({ schema, cases: counts.cases, historyEntries: counts.entries });
  }

  const fingerprints = schemas
    .map(
      (schema) => `
      select '${schema}'::text as copy, coalesce(latest.case_id, history.case_id) as case_id,
             case when latest.case_id is null then null
                  else md5(row(${CURRENT_COLUMNS.map((c) => `latest.${c}`).join(', ')})::text)
             end as current_print,
             history.print as history_print
        from "${schema}".case_status latest
        full join (
          select case_id,
                 md5(string_agg(row(event_id, ${HISTORY_COLUMNS.join(', ')})::text, ' '
                                order by hlc, origin, event_id::text collate "C")) as print
            from "${schema}".case_status_history
           group by case_id
        ) history on history.case_id = latest.case_id`,
    )
    .join('\n      union all');
  const { rows } = await sql.query(
    `with prints as (${fingerprints}
     ), per_case as (
       select case_id, count(*) as copies,
              count(distinct coalesce(current_print, '-')) as currents,
              count(distinct coalesce(history_print, '-')) as histories
         from prints group by case_id
     )
     select (select count(*) from per_case)::int as cases, differing.case_id::text as case_id
       from (select 1) as always
       left join per_case differing
         on differing.copies < $1 or differing.currents > 1 or differing.histories > 1
      order by differing.case_id`,
    [schemas.length],
  );
  const summary = rows as { cases: number; case_id: string | null }[];
  const differing = summary.flatMap((row) => (row.case_id ? [row.case_id] : []));

  const differences: StatusCopyDifference[] = [];
  for (let start = 0; start < differing.length; start += DETAIL_CHUNK) {
    const caseIds = differing.slice(start, start + DETAIL_CHUNK);
    differences.push(...(await describeDifferences(sql, schemas, caseIds)));
  }
  return { copies, cases: summary[0]?.cases ?? 0, differences };
}

type TextRow = Record<string, string | null>;

async function describeDifferences(
  sql: StatusCopySql,
  schemas: readonly string[],
  caseIds: readonly string[],
): Promise<StatusCopyDifference[]> {
  const currents = new Map<string, Map<string, TextRow>>(); // copy -> case -> row
  const histories = new Map<string, Map<string, Map<string, TextRow>>>(); // copy -> case -> event
  for (const schema of schemas) {
    const current = await sql.query(
      `select case_id::text, ${CURRENT_COLUMNS.map((c) => `${c}::text`).join(', ')}
         from "${schema}".case_status where case_id = any($1::uuid[])`,
      [caseIds],
    );
    currents.set(
      schema,
      new Map((current.rows as TextRow[]).map((row) => [row.case_id as string, row])),
    );
    const history = await sql.query(
      `select event_id::text, ${HISTORY_COLUMNS.map((c) => `${c}::text`).join(', ')}
         from "${schema}".case_status_history where case_id = any($1::uuid[])`,
      [caseIds],
    );
    const byCase = new Map<string, Map<string, TextRow>>();
    for (const row of history.rows as TextRow[]) {
      const caseId = row.case_id as string;
      const events = byCase.get(caseId) ?? new Map<string, TextRow>();
      events.set(row.event_id as string, row);
      byCase.set(caseId, events);
    }
    histories.set(schema, byCase);
  }

  return caseIds.map((caseId) => {
    const currentOf = (schema: string) => currents.get(schema)?.get(caseId) ?? null;
    const historyOf = (schema: string) =>
      histories.get(schema)?.get(caseId) ?? new Map<string, TextRow>();
    const missingFrom = schemas.filter(
      (schema) => !currentOf(schema) && historyOf(schema).size === 0,
    );

    const currentFields = differingColumns(schemas.map(currentOf), CURRENT_COLUMNS);
    const current =
      currentFields.length > 0
        ? {
            fields: currentFields,
            byCopy: Object.fromEntries(
              schemas.map((schema) => [schema, viewOfCurrent(currentOf(schema))]),
            ),
          }
        : undefined;

    const eventIds = new Set(schemas.flatMap((schema) => [...historyOf(schema).keys()]));
    const lacking: Record<string, string[]> = {};
    const differingEntries: { eventId: string; fields: string[] }[] = [];
    for (const eventId of [...eventIds].sort()) {
      const entries = schemas.map((schema) => historyOf(schema).get(eventId) ?? null);
      schemas.forEach((schema, index) => {
        if (!entries[index]) (lacking[schema] ??= []).push(eventId);
      });
      const fields = differingColumns(
        entries.filter((entry) => entry !== null),
        HISTORY_COLUMNS,
      );
      if (fields.length > 0) differingEntries.push({ eventId, fields });
    }
    const history =
      Object.keys(lacking).length > 0 || differingEntries.length > 0
        ? {
            entries: Object.fromEntries(schemas.map((schema) => [schema, historyOf(schema).size])),
            lacking,
            differing: differingEntries,
          }
        : undefined;

    return {
      caseId,
      missingFrom,
      ...(current ? { current } : {}),
      ...(history ? { history } : {}),
    };
  });
}

/** The columns whose values are not the same in all rows (a missing row differs in all). */
function differingColumns(rows: readonly (TextRow | null)[], columns: readonly string[]) {
  const present = rows.filter((row): row is TextRow => row !== null);
  if (present.length === 0) return [];
  if (present.length < rows.length) return [...columns];
  return columns.filter((column) => present.some((row) => row[column] !== present[0]![column]));
}

function viewOfCurrent(row: TextRow | null): CurrentStatusView | null {
  if (!row) return null;
  return {
    status: row.status ?? '',
    hlc: row.hlc ?? '',
    origin: row.origin ?? '',
    eventId: row.event_id ?? '',
  };
}
