-- Tables of the write baselines (b) and (c): a complaint-sized row and an outbox row, shaped like the
-- Complaints service's own. The baseline server embeds this file; run.sh applies it for pgbench.
CREATE TABLE IF NOT EXISTS bench_complaints (
  id uuid PRIMARY KEY,
  agreement_id uuid NOT NULL,
  subject text NOT NULL,
  description text NOT NULL,
  category text NOT NULL,
  severity integer NOT NULL,
  status integer NOT NULL,
  received_at timestamptz NOT NULL,
  clocks jsonb NOT NULL,
  encrypted_contact bytea NOT NULL,
  version bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_bench_complaints_agreement_id ON bench_complaints (agreement_id, received_at);

CREATE TABLE IF NOT EXISTS bench_outbox (
  id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  message_id uuid NOT NULL UNIQUE,
  message_type text NOT NULL,
  payload jsonb NOT NULL,
  created_at timestamptz NOT NULL
);
