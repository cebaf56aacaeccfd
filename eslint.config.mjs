// Lint rules that keep the layout of STYLE.md: Next.js and React hooks rules, no `any`, and
// the boundaries between the layers (a component never reaches the database, an action never
// depends on a component, lib/ depends on neither), and every right asked of lib/permissions.
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/** `no-restricted-imports` patterns for a layer; type-only imports are erased and allowed. */
function forbidImports(...patterns) {
  return {
    "no-restricted-imports": "off",
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: patterns.map(([match, message]) => ({
          ...(typeof match === "string" ? { regex: match } : { group: match }),
          message,
          allowTypeImports: true,
        })),
      },
    ],
  };
}

const DATA_LAYER = [
  ["@/lib/data/*", "@/lib/db", "**/lib/data/*", "**/lib/db"],
  "组件不直接读写数据库：数据由页面或 server action 通过 lib/data 取得后作为属性传入。",
];
const COMPONENTS = [["@/components/*", "**/components/*"], "server action 与 lib/ 不依赖组件：共用的常量和函数放在 lib/。"];
const APP = [["@/app/*", "**/app/*"], "lib/ 不依赖 app/：共用的常量和函数放在 lib/。"];
// zod is configured once (lib/zod.ts: no code generation, which the content security policy forbids).
const ZOD = ["^zod(/.*)?$", "从 @/lib/zod 引入 z：那里关闭了 zod 的代码生成（内容安全策略不允许）。"];

// A right is asked of lib/permissions (canX()), never read off the role in a page or component.
const ROLE_TESTS = [
  {
    selector: "MemberExpression[object.name='actor'][property.name='role']",
    message: "权限判断放在 lib/permissions：页面和组件不读 actor.role。",
  },
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/][left.property.name='role'][right.value=/^(staff|reviewer|admin)$/]",
    message: "权限判断放在 lib/permissions：页面和组件不比较角色。",
  },
  {
    selector: "BinaryExpression[operator=/^[!=]==?$/][right.property.name='role'][left.value=/^(staff|reviewer|admin)$/]",
    message: "权限判断放在 lib/permissions：页面和组件不比较角色。",
  },
  {
    selector: "SwitchStatement[discriminant.property.name='role']",
    message: "权限判断放在 lib/permissions：页面和组件不按角色分支。",
  },
];

const config = [
  { ignores: ["lib/generated/**", ".next/**", "node_modules/**", "bench/.out/**", "next-env.d.ts"] },
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  { files: ["app/**", "e2e/**", "bench/**"], rules: forbidImports(ZOD) },
  { files: ["components/**"], rules: forbidImports(DATA_LAYER, ZOD) },
  { files: ["app/_actions/**"], rules: forbidImports(COMPONENTS, ZOD) },
  { files: ["lib/**"], rules: forbidImports(COMPONENTS, APP, ZOD) },
  { files: ["lib/zod.ts"], rules: forbidImports(COMPONENTS, APP) },
  { files: ["app/**", "components/**"], rules: { "no-restricted-syntax": ["error", ...ROLE_TESTS] } },
  {
    // The public pages are whole documents rendered once with react-dom/server, without any
    // script (app/_lib/public-site.tsx): plain <a> links and their own <head>.
    files: ["app/(public)/**", "components/public/**", "components/report/**"],
    rules: { "@next/next/no-html-link-for-pages": "off", "@next/next/no-head-element": "off" },
  },
  {
    // Playwright's fixtures hand over with a callback named `use`, which is not React's `use`.
    files: ["e2e/**"],
    rules: { "react-hooks/rules-of-hooks": "off" },
  },
];

export default config;
