-- The planner's row estimate of a list's filter, inside the list's own statement (db/count-capped.ts): a
-- first page above the exact count's cap asked for it in an `EXPLAIN` of its own, a second round trip on
-- every filtered first page. `query` is the filter's fixed text with placeholders $1…$n (never a value);
-- `args` are their values, put in as quoted literals (quote_nullable: untyped, so each takes its column's
-- type as a parameter does) — the estimate is the one `EXPLAIN` gives with those values bound.
CREATE FUNCTION jixiao_plan_rows(query text, args text[]) RETURNS bigint LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  q text := query;
  plan json;
BEGIN
  -- Highest first, so that $1 never replaces the start of $10.
  FOR i IN REVERSE coalesce(array_length(args, 1), 0)..1 LOOP
    q := replace(q, '$' || i, quote_nullable(args[i]));
  END LOOP;
  EXECUTE 'explain (format json) ' || q INTO plan;
  RETURN round((plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric);
END $$;
