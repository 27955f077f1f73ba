#!/usr/bin/env bash
# ocm-agent.sh: the OCM node agent.
#
# OCM copies this file to every node (Linux or macOS) and runs it over SSH:
#   bash ~/.ocm/ocm-agent.sh <subcommand> [options]
# Options: --home DIR  --port N  --disk-path DIR  --restart-cmd CMD  --wait S  --id ID
#          --cursor INODE:OFFSET  --pattern ERE (repeatable; logscan)
#
# Contract: every subcommand prints exactly one JSON object on stdout, nothing else (backup-pack
# prints a tar.gz instead; its errors also go to stderr); a long one may print {"progress":…}
# lines before it (see lib/progress.sh). Diagnostics go to stderr.
# Exit 0 = ok, 1 = the check or action failed, 2 = bad arguments.
# Portability: bash 3.2 (macOS) and later, coreutils/BSD userland; no jq, python or node.
