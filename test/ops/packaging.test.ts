import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { loadConfig } from '../../src/platform/config/config.js';
import {
  type DockerStage,
  dockerIgnored,
  dockerignorePatterns,
  dockerStages,
  execForm,
  interpolate,
  ROOT,
  readRepoFile,
  stageEnv,
} from './support.js';

// The packaging files agree with each other and with the service: entry file, ports, probe paths,
// image name, proxy trust, and environments that pass the service's own configuration check.

const IMAGE = 'ai-telephony-backend';
const PORT = 8000;

// biome-ignore lint/suspicious/noExplicitAny: parsed YAML documents are walked loosely here.
type Yaml = any;

const yaml = (path: string): Yaml => parse(readRepoFile(path), { merge: true });
const yamlDocuments = (path: string): Yaml[] =>
  parseAllDocuments(readRepoFile(path)).map((document) => {
    expect(document.errors, path).toEqual([]);
    return document.toJS();
  });

function instructions(stage: DockerStage, op: string): string[] {
  return stage.instructions.filter((instruction) => instruction.op === op).map(({ args }) => args);
}

describe('Dockerfile', () => {
  const stages = dockerStages(readRepoFile('Dockerfile'));
  const build = stages[0]!;
  const runtime = stages.at(-1)!;

  it('builds in one Node 24 LTS stage and runs in another', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    for (const stage of stages) expect(stage.from).toBe('node:24-bookworm-slim');
    const buildSteps = instructions(build, 'RUN').join('\n');
    expect(buildSteps).toMatch(/apt-get install[^\n]*\bpython3\b[^\n]*\bmake\b[^\n]*\bg\+\+/);
    // better-sqlite3 compiles here, with the image's headers: nothing downloaded but npm packages.
    expect(buildSteps).toMatch(/npm_config_build_from_source=true npm_config_nodedir=\/usr\/local npm ci\b/);
    expect(buildSteps).not.toMatch(/--ignore-scripts/);
    expect(buildSteps).toMatch(/\bnpm run build\b/);
    expect(buildSteps).toMatch(/\bnpm prune --omit=dev\b/);
  });

  it('allows the install scripts it depends on (npm 11 allowScripts)', () => {
    const pkg = JSON.parse(readRepoFile('package.json')) as { allowScripts?: Record<string, boolean> };
    expect(pkg.allowScripts?.['better-sqlite3']).toBe(true);
  });

  it('runs dist/main.js, the compiled src/main.ts, as a non-root user, on port 8000', () => {
    const tsconfig = JSON.parse(readRepoFile('tsconfig.build.json')) as {
      compilerOptions: { rootDir: string; outDir: string };
    };
    const { rootDir, outDir } = tsconfig.compilerOptions;
    expect(existsSync(join(ROOT, rootDir, 'main.ts'))).toBe(true);
    const cmd = execForm(instructions(runtime, 'CMD').at(-1)!);
    expect(cmd).toEqual(['node', `${outDir}/main.js`]);
    // `npm start` runs the same file.
    expect(readRepoFile('scripts/start.mjs')).toContain(`join(root, '${outDir}', 'main.js')`);

    const copies = instructions(runtime, 'COPY');
    expect(copies.every((args) => args.startsWith(`--from=${build.name}`))).toBe(true);
    const copied = copies.map((args) => args.split(/\s+/)[1]);
    expect(copied.sort()).toEqual([`/app/${outDir}`, '/app/node_modules', '/app/package.json']);

    const user = instructions(runtime, 'USER').at(-1)!;
    expect(user).toMatch(/^\d+(:\d+)?$/);
    expect(user.startsWith('0')).toBe(false);
    expect(instructions(runtime, 'EXPOSE')).toEqual([String(PORT)]);
    expect(stageEnv(runtime).PORT).toBe(String(PORT));
  });

  it('gives the service a writable data directory for the default SQLite file', () => {
    expect(instructions(runtime, 'WORKDIR').at(-1)).toBe('/app');
    // DATABASE_URL defaults to sqlite:./data/app.db, relative to the working directory.
    expect(loadConfig({}).databaseUrl).toBe('sqlite:./data/app.db');
    const user = instructions(runtime, 'USER').at(-1)!;
    expect(instructions(runtime, 'RUN').join('\n')).toContain(
      `mkdir -p /app/data && chown ${user} /app/data`,
    );
  });

  it('checks its health on /healthz with node (slim images have no curl)', () => {
    const healthcheck = instructions(runtime, 'HEALTHCHECK').at(-1)!;
    const command = execForm(healthcheck.slice(healthcheck.indexOf('CMD')));
    expect(command[0]).toBe('node');
    expect(command.join(' ')).toContain('/healthz');
    expect(command.join(' ')).not.toMatch(/\bcurl\b|\bwget\b/);
  });
});

describe('.dockerignore', () => {
  const patterns = dockerignorePatterns(readRepoFile('.dockerignore'));

  it('keeps local state, secrets and build output out of the context', () => {
    for (const path of [
      'node_modules',
      'node_modules/fastify/package.json',
      'dist/main.js',
      'data',
      'data/app.db',
      '.git/HEAD',
      'coverage/index.html',
      'bench/results/voice.json',
      '.env',
      '.env.production',
      'env.dev.redis',
      'test/helpers/test-app.ts',
    ]) {
      expect(dockerIgnored(patterns, path), path).toBe(true);
    }
  });

  it('keeps every file the build copies', () => {
    const build = dockerStages(readRepoFile('Dockerfile'))[0]!;
    const sources = instructions(build, 'COPY').flatMap((args) => args.split(/\s+/).slice(0, -1));
    expect(sources).toContain('src');
    for (const path of [...sources, 'src/main.ts', 'src/migrations/index.ts']) {
      expect(dockerIgnored(patterns, path), path).toBe(false);
    }
  });
});

describe('docker-compose.yml', () => {
  const compose = yaml('docker-compose.yml');
  const services = compose.services as Record<string, Yaml>;
  const apps = Object.entries(services).filter(([, service]) => service.image === IMAGE);
  const subnet: string = compose.networks.backend.ipam.config[0].subnet;
  const proxyIp: string = services.proxy.networks.backend.ipv4_address;

  const appEnv = (vars: Record<string, string | undefined>): Record<string, string> =>
    Object.fromEntries(
      Object.entries(apps[0]![1].environment as Record<string, string>).map(([key, value]) => [
        key,
        interpolate(String(value), vars),
      ]),
    );

  it('runs PostgreSQL, Redis, two replicas of the image and a proxy', () => {
    expect(Object.keys(services).sort()).toEqual(['app1', 'app2', 'postgres', 'proxy', 'redis']);
    expect(apps.map(([name]) => name)).toEqual(['app1', 'app2']);
    for (const [, app] of apps) {
      expect(app.build).toBe('.');
      expect(app.expose).toEqual([String(PORT)]);
      expect(app.ports).toBeUndefined();
    }
    expect(services.postgres.image).toMatch(/^postgres:/);
    expect(services.redis.image).toMatch(/^redis:/);
    expect(services.proxy.image).toMatch(/^nginx:/);
    expect(services.proxy.volumes).toContain('./deploy/nginx.conf:/etc/nginx/nginx.conf:ro');
  });

  it('trusts proxy headers only from the proxy, whose address is fixed inside the subnet', () => {
    const [network, bits] = subnet.split('/');
    expect(bits).toBe('24');
    expect(proxyIp.split('.').slice(0, 3)).toEqual(network!.split('.').slice(0, 3));
    for (const [, app] of apps) {
      expect(app.environment.TRUST_PROXY).toBe(proxyIp);
      const address: string = app.networks.backend.ipv4_address;
      expect(address.split('.').slice(0, 3)).toEqual(network!.split('.').slice(0, 3));
      expect(address).not.toBe(proxyIp);
    }
  });

  it('waits for healthy dependencies, and checks each service', () => {
    for (const [, app] of apps) {
      expect(app.depends_on).toEqual({
        postgres: { condition: 'service_healthy' },
        redis: { condition: 'service_healthy' },
      });
      expect(app.healthcheck.test.join(' ')).toContain('/readyz');
    }
    expect(services.proxy.depends_on).toEqual({
      app1: { condition: 'service_healthy' },
      app2: { condition: 'service_healthy' },
    });
    for (const name of ['postgres', 'redis', 'proxy']) expect(services[name].healthcheck?.test).toBeDefined();
  });

  it('configures the apps for many instances, and the defaults pass the service configuration check', () => {
    const env = appEnv({ ADMIN_API_KEY: 'x'.repeat(32) });
    expect(env).toMatchObject({
      ENVIRONMENT: 'production',
      REDIS_URL: 'redis://redis:6379',
      SESSION_STORE_BACKEND: 'redis',
      TWILIO_STATE_BACKEND: 'redis',
      SMS_PROVIDER: 'recording',
    });
    expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
    const config = loadConfig(env);
    expect(config.isProduction).toBe(true);
    expect(config.trustProxy).toEqual([proxyIp]);
    expect(config.sessionStoreBackend).toBe('redis');
    expect(config.publicBaseUrl).toBe('http://localhost:8080');
    expect(services.proxy.ports.map((port: string) => interpolate(port, {}))).toEqual(['8080:80']);
  });

  it('requires ADMIN_API_KEY, and real Twilio credentials once SMS_PROVIDER=twilio', () => {
    expect(() => appEnv({})).toThrow(/ADMIN_API_KEY/);
    const twilio = appEnv({ ADMIN_API_KEY: 'x'.repeat(32), SMS_PROVIDER: 'twilio' });
    expect(() => loadConfig(twilio)).toThrow(/TWILIO_ACCOUNT_SID/);
    const withCredentials = appEnv({
      ADMIN_API_KEY: 'x'.repeat(32),
      SMS_PROVIDER: 'twilio',
      TWILIO_ACCOUNT_SID: `AC${'0'.repeat(32)}`,
      TWILIO_AUTH_TOKEN: 'token',
    });
    expect(loadConfig(withCredentials).smsProvider).toBe('twilio');
  });
});

describe('deploy/nginx.conf', () => {
  const conf = readRepoFile('deploy/nginx.conf').replace(/#.*$/gm, '');

  it('balances round robin over the compose replicas on the app port', () => {
    const upstream = /upstream\s+(\w+)\s*\{([^}]*)\}/.exec(conf);
    expect(upstream).not.toBeNull();
    const servers = [...upstream![2]!.matchAll(/^\s*server\s+(\S+)/gm)].map((match) => match[1]);
    expect(servers).toEqual([`app1:${PORT}`, `app2:${PORT}`]);
    // No balancing method named: round robin.
    expect(upstream![2]).not.toMatch(/\b(least_conn|ip_hash|hash|random)\b/);
    // No URI after the upstream: path and query reach the app unchanged (Twilio signatures).
    expect(conf).toMatch(new RegExp(`proxy_pass\\s+http://${upstream![1]};`));
  });

  it('passes the client address, scheme and Host', () => {
    const headers = Object.fromEntries(
      [...conf.matchAll(/proxy_set_header\s+(\S+)\s+([^;]+);/g)].map((match) => [match[1], match[2]]),
    );
    expect(headers.Host).toBe('$http_host');
    expect(headers['X-Forwarded-For']).toMatch(/^\$(remote_addr|proxy_add_x_forwarded_for)$/);
    expect(headers['X-Forwarded-Proto']).toBe('$scheme');
  });
});

describe('k8s/', () => {
  const all = ['configmap', 'deployment', 'service', 'hpa', 'pdb', 'redis', 'secret.example'].flatMap(
    (name) => yamlDocuments(`k8s/${name}.yaml`),
  );
  const find = (kind: string, name?: string) =>
    all.filter((doc) => doc.kind === kind && (name === undefined || doc.metadata.name === name));
  const [deployment] = find('Deployment', IMAGE);
  const container = deployment.spec.template.spec.containers[0];

  it('runs 2 replicas of the image on port 8000, ready on /readyz and alive on /healthz', () => {
    expect(deployment.spec.replicas).toBe(2);
    expect(container.image.split(':')[0]).toBe(IMAGE);
    const port = container.ports.find((entry: Yaml) => entry.containerPort === PORT);
    expect(port).toBeDefined();
    expect(container.readinessProbe.httpGet).toEqual({ path: '/readyz', port: port.name });
    expect(container.livenessProbe.httpGet).toEqual({ path: '/healthz', port: port.name });
    expect(container.resources.requests.cpu).toBeDefined();
    expect(container.resources.limits.memory).toBeDefined();
  });

  it('runs as the non-root user of the image', () => {
    const user = readRepoFile('Dockerfile').match(/^USER (\d+)/m)![1];
    const pod = deployment.spec.template.spec.securityContext;
    expect(pod.runAsNonRoot).toBe(true);
    expect(String(pod.runAsUser)).toBe(user);
    expect(container.securityContext.allowPrivilegeEscalation).toBe(false);
  });

  it('selects its pods from the Service, the HPA and the PDB', () => {
    const labels = deployment.spec.template.metadata.labels;
    expect(deployment.spec.selector.matchLabels).toEqual(labels);
    const [service] = find('Service', IMAGE);
    expect(service.spec.selector).toEqual(labels);
    expect(service.spec.ports[0].targetPort).toBe('http');
    const [hpa] = find('HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toMatchObject({ kind: 'Deployment', name: IMAGE });
    expect(hpa.spec.minReplicas).toBe(2);
    expect(hpa.spec.metrics[0].resource.name).toBe('cpu');
    expect(find('PodDisruptionBudget')[0].spec.selector.matchLabels).toEqual(labels);
  });

  it('reads its environment from the ConfigMap and the Secret, which together pass the configuration check', () => {
    const [configMap] = find('ConfigMap');
    const [secret] = find('Secret');
    expect(container.envFrom).toEqual([
      { configMapRef: { name: configMap.metadata.name } },
      { secretRef: { name: secret.metadata.name } },
    ]);
    const env = { ...configMap.data, ...secret.stringData };
    const config = loadConfig(env);
    expect(config.isProduction).toBe(true);
    expect(config.databaseUrl).toMatch(/^postgres:\/\//);
    expect(config.twilioStateBackend).toBe('redis');
    // The Redis of redis.yaml.
    const [redisService] = find('Service').filter((doc) => doc.metadata.name !== IMAGE);
    expect(config.redisUrl).toBe(`redis://${redisService.metadata.name}:${redisService.spec.ports[0].port}`);
    expect(find('Deployment', redisService.metadata.name)).toHaveLength(1);
  });

  it('ships the Secret as an example with placeholders only, outside the kustomization', () => {
    const [secret] = find('Secret');
    const values = Object.values(secret.stringData as Record<string, string>);
    for (const value of values) expect(value).toMatch(/replace-with|USER:PASSWORD|example|^AC0+$/);
    const kustomization = yaml('k8s/kustomization.yaml');
    expect(kustomization.resources).not.toContain('secret.example.yaml');
    for (const resource of kustomization.resources)
      expect(existsSync(join(ROOT, 'k8s', resource))).toBe(true);
  });
});

describe('.github/workflows/uptime-checks.yml', () => {
  const workflow = yaml('.github/workflows/uptime-checks.yml');
  const text = readRepoFile('.github/workflows/uptime-checks.yml');
  const steps = Object.values(workflow.jobs as Record<string, Yaml>)[0].steps as Yaml[];

  it('runs every 15 minutes and on demand', () => {
    expect(workflow.on.schedule).toEqual([{ cron: '*/15 * * * *' }]);
    expect(workflow.on).toHaveProperty('workflow_dispatch');
  });

  it('installs on Node 24 and runs npm run uptime-check with the four secrets', () => {
    const setup = steps.find((step) => String(step.uses).startsWith('actions/setup-node@'));
    expect(String(setup.with['node-version'])).toBe('24');
    expect(steps.some((step) => /\bnpm ci\b/.test(step.run ?? ''))).toBe(true);
    const check = steps.find((step) => /\bnpm run\b.*\buptime-check\b/.test(step.run ?? ''));
    for (const name of [
      'UPTIME_BASE_URL',
      'UPTIME_BUSINESS_ID',
      'UPTIME_TWILIO_AUTH_TOKEN',
      'UPTIME_WIDGET_TOKEN',
    ]) {
      expect(check.env[name]).toBe(`\${{ secrets.${name} }}`);
    }
  });

  it('skips with a message when UPTIME_BASE_URL is unset, and tells Slack about failures', () => {
    expect(text).toContain("secrets.UPTIME_BASE_URL != ''");
    const skip = steps[0];
    expect(skip.if).toBe("env.HAS_TARGET != 'true'");
    expect(skip.run).toMatch(/skipping/i);
    for (const step of steps.slice(1)) expect(step.if).toMatch(/env\.HAS_TARGET == 'true'/);
    const slack = steps.at(-1);
    expect(slack.if).toMatch(/^failure\(\)/);
    expect(slack.env.SLACK_WEBHOOK).toBe(`\${{ secrets.SLACK_WEBHOOK }}`);
  });
});
