# Sourced by .ci/run (and usable by hand: `source scripts/ensure-node.sh`): puts a Node of the
# line named in .node-version first on PATH when the Node found is older than 22.12. The binary
# comes from the npm registry's `node` package into .tools/node (git-ignored), so no other host
# is needed. Node's own npm keeps working: it runs on whichever `node` is first on PATH.
want="$(tr -d ' \n\r' < .node-version)"
node_ok() {
  command -v node >/dev/null 2>&1 &&
    node -e 'const [a,b]=process.versions.node.split(".").map(Number);process.exit(a>22||(a===22&&b>=12)?0:1)'
}
if ! node_ok; then
  prefix="$PWD/.tools/node"
  if [ ! -x "$prefix/node_modules/node/bin/node" ]; then
    echo "Node $(node --version 2>/dev/null || echo none) is older than 22.12: installing Node ${want} LTS from the npm registry into .tools/node"
    mkdir -p "$prefix"
    npm install --prefix "$prefix" --no-audit --no-fund --no-save "node@${want}" >/dev/null
  fi
  export PATH="$prefix/node_modules/node/bin:$PATH"
  hash -r
fi
echo "Using Node $(node --version) ($(command -v node)), npm $(npm --version)"
