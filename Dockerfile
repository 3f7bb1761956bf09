# The vnfbench image: the CLI, the built-in NFs (builtin/forwarder, builtin/switch) and the built-in probers that the
# kubernetes environment runs in pods, plus iperf3 and ping for the external-tool probers.
#
#   mvn -B -DskipTests package && docker build -t ghcr.io/vnfbench/vnfbench:0.1.0 .
#   kind load docker-image ghcr.io/vnfbench/vnfbench:0.1.0     # for a kind cluster
#
# The environment sets orchestrator parameter vnfbench-image to this tag (docs/kubernetes.md).
FROM eclipse-temurin:17-jre
RUN apt-get update \
 && apt-get install -y --no-install-recommends iperf3 iputils-ping \
 && rm -rf /var/lib/apt/lists/*
COPY vnfbench-cli/target/vnfbench.jar /opt/vnfbench/vnfbench.jar
COPY docker/vnfbench-tool /usr/local/bin/vnfbench-tool
RUN printf '#!/bin/sh\nexec java -jar /opt/vnfbench/vnfbench.jar "$@"\n' > /usr/local/bin/vnfbench \
 && chmod +x /usr/local/bin/vnfbench /usr/local/bin/vnfbench-tool
USER 65534
ENTRYPOINT ["vnfbench"]
CMD ["--help"]
