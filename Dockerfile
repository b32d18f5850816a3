# syntax=docker/dockerfile:1
# Regionrum as a container image, from the source tree, with nothing but a JDK and a JRE image:
#   docker build -t regionrum .
#   docker run -p 8080:8080 regionrum                      # H2 in /application/data, demo data
# For PostgreSQL and several servers see compose.yaml and docs/operations.md.

# 1. Build the jar with the Maven wrapper (Maven and the dependencies come from Maven Central).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /build
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY src/ src/
# the tests run in CI, not here; the cache mount keeps ~/.m2 from one build to the next
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests package \
    && mv target/regionrum-*.jar application.jar

# 2. Split it into Spring Boot's layers (dependencies change less often than the application), with
#    Spring Boot's launcher, so that a new build of Regionrum only replaces the last layer.
FROM eclipse-temurin:17-jdk AS layers
WORKDIR /layers
COPY --from=build /build/application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

# 3. The runtime: a JRE, the layers, an unprivileged user.
FROM eclipse-temurin:17-jre
RUN useradd --system --home-dir /application --shell /usr/sbin/nologin regionrum
WORKDIR /application
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
# the default H2 database is written to ./data, uploads wait in ./data/uploads (REGIONRUM_UPLOADS_DIR)
RUN mkdir -p data/uploads && chown -R regionrum data
USER regionrum
EXPOSE 8080
# readiness, without curl or wget in the image: the status line of /actuator/health/readiness
HEALTHCHECK --interval=10s --timeout=5s --start-period=180s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/${SERVER_PORT:-8080} && printf 'GET /actuator/health/readiness HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q '^HTTP/1\\.[01] 200'"]
# exec form: the JVM is PID 1 and gets the SIGTERM of `docker stop`, which starts the graceful shutdown
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
