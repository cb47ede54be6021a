// Renders every overlay with `kubectl kustomize` and validates every object it yields: the built-in kinds against
// the Kubernetes JSON schemas (kubernetes-models, generated from the Kubernetes OpenAPI document), ServiceMonitor
// against prometheus-operator's (@kubernetes-models/prometheus-operator), and the Strimzi, CloudNativePG and
// Keycloak kinds against schemas/ with Ajv. An object of a kind no schema covers is an error too.
// Usage: node validate.mjs [overlay ...]   (default: every directory in ../overlays). Exit 1 on any error.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';
import { parseAllDocuments, parse } from 'yaml';

const here = dirname(fileURLToPath(import.meta.url));
const overlaysDir = join(here, '..', 'overlays');

const BUILT_IN = {
    'v1/Namespace': 'kubernetes-models/v1/Namespace',
    'v1/ConfigMap': 'kubernetes-models/v1/ConfigMap',
    'v1/Secret': 'kubernetes-models/v1/Secret',
    'v1/Service': 'kubernetes-models/v1/Service',
    'v1/ServiceAccount': 'kubernetes-models/v1/ServiceAccount',
    'apps/v1/Deployment': 'kubernetes-models/apps/v1/Deployment',
    'autoscaling/v2/HorizontalPodAutoscaler': 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler',
    'policy/v1/PodDisruptionBudget': 'kubernetes-models/policy/v1/PodDisruptionBudget',
    'networking.k8s.io/v1/NetworkPolicy': 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy',
    'networking.k8s.io/v1/Ingress': 'kubernetes-models/networking.k8s.io/v1/Ingress',
    'monitoring.coreos.com/v1/ServiceMonitor':
        '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/ServiceMonitor',
};

const ajv = new Ajv({ allErrors: true, strict: false });
const schemaDir = join(here, 'schemas');
ajv.addSchema(parse(readFileSync(join(schemaDir, 'common.yaml'), 'utf8')), 'common');
const operatorSchemas = new Map();
for (const file of readdirSync(schemaDir).filter(name => name.includes('_'))) {
    const [group, version, kind] = file.replace(/\.yaml$/, '').split('_');
    operatorSchemas.set(`${group}/${version}/${kind}`, ajv.compile(parse(readFileSync(join(schemaDir, file), 'utf8'))));
}

async function validate(object) {
    const key = `${object.apiVersion}/${object.kind}`;
    if (BUILT_IN[key]) {
        const module = await import(BUILT_IN[key]);
        try {
            new module[object.kind](object).validate();
            return [];
        } catch (error) {
            return [error.message];
        }
    }
    const check = operatorSchemas.get(key);
    if (!check) {
        return [`no schema for ${key}`];
    }
    return check(object) ? [] : check.errors.map(e => `${e.instancePath || '/'} ${e.message} ${JSON.stringify(e.params)}`);
}

const overlays = process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(overlaysDir, { withFileTypes: true }).filter(d => d.isDirectory()).map(d => d.name);
let passed = 0;
let failed = 0;
for (const overlay of overlays) {
    const rendered = execFileSync('kubectl', ['kustomize', join(overlaysDir, overlay)], { encoding: 'utf8' });
    const objects = parseAllDocuments(rendered).map(document => document.toJSON()).filter(Boolean);
    for (const object of objects) {
        const messages = await validate(object);
        messages.forEach(message => console.log(`${overlay}: ${object.kind} ${object.metadata?.name}: ${message}`));
        if (messages.length) {
            failed++;
        } else {
            passed++;
        }
    }
    console.log(`${overlay}: ${objects.length} objects rendered and validated`);
}
console.log(`manifests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
