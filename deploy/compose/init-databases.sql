-- One database per service, and Keycloak's; each service's Flyway migrations create its schema.
create database registry;
create database coordination;
create database manifest;
create database keycloak;
