-- One database per service; each service's Flyway migrations create its schema.
create database registry;
create database coordination;
create database manifest;
