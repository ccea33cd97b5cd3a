-- Baseline (c): the baseline server's Insert transaction as a pgbench script (same columns and sizes:
-- subject 80 chars, description 500, clocks ~300 bytes of JSON, contact 100 bytes, payload ~400 bytes).
-- pgbench -n -f two-inserts.sql -c 32 -j 2 -T 20 -M prepared bench
BEGIN;
INSERT INTO bench_complaints (id, agreement_id, subject, description, category, severity, status, received_at, clocks, encrypted_contact, version)
  VALUES (gen_random_uuid(), gen_random_uuid(), repeat('s', 80), repeat('d', 500), 'network', 2, 1, now(),
          jsonb_build_object('clocks', repeat('c', 280)), decode(repeat('ab', 100), 'hex'), 1);
INSERT INTO bench_outbox (message_id, message_type, payload, created_at)
  VALUES (gen_random_uuid(), 'Platform.Contracts.Events.Complaints.ComplaintFiled', jsonb_build_object('payload', repeat('p', 385)), now());
END;
