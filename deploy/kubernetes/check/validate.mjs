// Renders every overlay with `kubectl kustomize` and validates every object it yields: the built-in kinds against
// the Kubernetes JSON schemas (kubernetes-models, generated from the Kubernetes OpenAPI document), ServiceMonitor
// against prometheus-operator's (@kubernetes-models/prometheus-operator), and the Strimzi, CloudNativePG and Keycloak
// kinds against the operators' own CRDs in crds/ (their openAPIV3Schema, closed as the API server's strict field
// validation is), all with Ajv. An object of a kind no schema covers is an error.
// Usage: node validate.mjs [overlay ...]   (a name in ../overlays or a kustomization's path; default: every directory
// in ../overlays). Exit 1 on any error.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
    'monitoring.coreos.com/v1/PodMonitor':
        '@kubernetes-models/prometheus-operator/monitoring.coreos.com/v1/PodMonitor',
};

const ajv = new Ajv({ allErrors: true, strict: false });
// The OpenAPI formats that CRDs name (int32, date-time, ...): known to Ajv, not checked; types and bounds still are.
['int32', 'int64', 'float', 'double', 'byte', 'date-time'].forEach(format => ajv.addFormat(format, true));
const schemaDir = join(here, 'schemas');
ajv.addSchema(parse(readFileSync(join(schemaDir, 'common.yaml'), 'utf8')), 'common');
const operatorSchemas = new Map();
for (const file of readdirSync(schemaDir).filter(name => name.includes('_'))) {
    const [group, version, kind] = file.replace(/\.yaml$/, '').split('_');
    operatorSchemas.set(`${group}/${version}/${kind}`, ajv.compile(parse(readFileSync(join(schemaDir, file), 'utf8'))));
}

// Rules of evac's own on top of an operator's CRD, which the CRD cannot say: the operator acts only on an object
// labelled with its Kafka cluster.
const EXTRA = {
    'kafka.strimzi.io/v1beta2/KafkaNodePool': { properties: { metadata: { $ref: 'common#/definitions/clusterLabel' } } },
    'kafka.strimzi.io/v1beta2/KafkaTopic': { properties: { metadata: { $ref: 'common#/definitions/clusterLabel' } } },
    'kafka.strimzi.io/v1beta2/KafkaUser': { properties: { metadata: { $ref: 'common#/definitions/clusterLabel' } } },
};

// A structural CRD schema leaves unknown fields to the API server, which rejects them under strict field validation
// (kubectl's default): close every object node that neither lists additionalProperties nor keeps unknown fields.
// Only the structural tree (properties, items, additionalProperties) is walked: the allOf/anyOf/oneOf/not of a
// structural schema only constrain the fields it already declares (e.g. `oneOf: [{properties: {certificate: {}},
// required: [certificate]}, ...]`), so closing them would reject valid objects.
function closed(schema) {
    if (schema === null || typeof schema !== 'object') {
        return schema;
    }
    const result = { ...schema };
    if (schema.properties) {
        result.properties = Object.fromEntries(Object.entries(schema.properties).map(([name, s]) => [name, closed(s)]));
        if (schema.additionalProperties === undefined && !schema['x-kubernetes-preserve-unknown-fields']) {
            result.additionalProperties = false;
        }
    }
    if (typeof schema.additionalProperties === 'object') {
        result.additionalProperties = closed(schema.additionalProperties);
    }
    if (schema.items) {
        result.items = closed(schema.items);
    }
    return result;
}

const crdDir = join(here, 'crds');
for (const entry of readdirSync(crdDir, { recursive: true }).filter(name => /\.ya?ml$/.test(name))) {
    for (const crd of parseAllDocuments(readFileSync(join(crdDir, entry), 'utf8')).map(d => d.toJSON())) {
        if (crd?.kind !== 'CustomResourceDefinition') {
            continue;
        }
        const { group, names: { kind } } = crd.spec;
        for (const version of crd.spec.versions.filter(v => v.served)) {
            const key = `${group}/${version.name}/${kind}`;
            if (operatorSchemas.has(key)) {
                throw new Error(`${key}: both a CRD in crds/${entry} and a schema in schemas/`);
            }
            const schema = closed(version.schema.openAPIV3Schema);
            // The API server checks apiVersion, kind and metadata itself; the CRD only names them.
            schema.required = [...new Set(['apiVersion', 'kind', 'metadata', ...(schema.required ?? [])])];
            schema.properties.apiVersion = { const: `${group}/${version.name}` };
            schema.properties.kind = { const: kind };
            schema.properties.metadata = { $ref: 'common#/definitions/metadata' };
            operatorSchemas.set(key, ajv.compile(EXTRA[key] ? { allOf: [schema, EXTRA[key]] } : schema));
        }
    }
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
    const rendered = execFileSync('kubectl', ['kustomize', resolve(overlaysDir, overlay)], { encoding: 'utf8' });
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
