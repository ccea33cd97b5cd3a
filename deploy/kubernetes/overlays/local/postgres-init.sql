-- Runs once, when the postgres container initialises an empty data volume (as the superuser).
-- One role and one database per bounded context, plus the tests' role.
-- DEVELOPMENT-ONLY passwords, the same as deploy/local/env.sh; never use them anywhere real.

CREATE ROLE agreements LOGIN PASSWORD 'agreements-dev-password';
CREATE DATABASE agreements OWNER agreements;

CREATE ROLE complaints LOGIN PASSWORD 'complaints-dev-password';
CREATE DATABASE complaints OWNER complaints;

CREATE ROLE assurance LOGIN PASSWORD 'assurance-dev-password';
CREATE DATABASE assurance OWNER assurance;

CREATE ROLE disputes LOGIN PASSWORD 'disputes-dev-password';
CREATE DATABASE disputes OWNER disputes;

-- Integration tests create their own test_<guid> databases.
CREATE ROLE platform_test LOGIN CREATEDB PASSWORD 'platform-test-dev-password';
