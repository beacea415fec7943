"""What an operator deploys: the container, the Kubernetes example and nginx's files."""

from __future__ import annotations

import re
import shutil
import subprocess

import kubernetes_validate
import pytest
import yaml

from ..conftest import PROJECT
from .conftest import Farm

DEPLOY = PROJECT / "deploy"


def test_the_kubernetes_example_is_valid_against_the_kubernetes_schemas():
    documents = list(yaml.safe_load_all((DEPLOY / "kubernetes" / "pathways.yaml").read_text()))
    assert [d["kind"] for d in documents] == ["Deployment", "Service", "Ingress"]
    for document in documents:
        kubernetes_validate.validate(document, kubernetes_validate.latest_version(), strict=True)
    deployment, _, ingress = documents
    container = deployment["spec"]["template"]["spec"]["containers"][0]
    assert container["readinessProbe"]["httpGet"]["path"] == "/_stcore/health"
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    notes = ingress["metadata"]["annotations"]
    assert notes["nginx.ingress.kubernetes.io/affinity"] == "cookie"
    assert int(notes["nginx.ingress.kubernetes.io/proxy-read-timeout"]) >= 3600


def test_the_container_runs_as_a_user_from_a_slim_image_and_checks_its_health():
    text = (DEPLOY / "Dockerfile").read_text()
    instructions = [line.split(None, 1) for line in text.splitlines() if re.match(r"[A-Z]", line)]
    assert instructions[0] == ["FROM", "python:3.11-slim-bookworm"]
    users = [rest for name, rest in instructions if name == "USER"]
    assert users and users[-1] not in ("root", "0")
    assert "/_stcore/health" in text.split("HEALTHCHECK", 1)[1]
    # Every file the build copies is in the project (and not kept out by .dockerignore).
    ignored = (PROJECT / ".dockerignore").read_text().split()
    for name, rest in instructions:
        if name == "COPY":
            for source in rest.split()[:-1]:
                assert (PROJECT / source).exists(), source
                assert source.rstrip("/") not in ignored, source


def test_make_serve_writes_a_configuration_nginx_accepts(tmp_path):
    nginx = shutil.which("nginx", path="/usr/sbin:/usr/bin")
    if nginx is None:
        pytest.skip("no nginx")

    farm = Farm(3, 8080, frame_ancestors="'self' https://canvas.example.edu")
    try:
        conf = farm._write_config()
        tested = subprocess.run(
            [nginx, "-t", "-q", "-p", str(farm.work), "-c", str(conf), "-e", "/dev/stderr"],
            capture_output=True, text=True,
        )  # fmt: skip
        assert tested.returncode == 0, tested.stderr
        replicas = (conf.parent / "pathways-replicas.conf").read_text().splitlines()
        assert len(replicas) == 3 and all(r.startswith("server 127.0.0.1:") for r in replicas)
        assert "frame-ancestors" not in conf.read_text()  # it is in the headers file, as a map
        assert "https://canvas.example.edu" in conf.read_text()
    finally:
        farm.cleanup()
