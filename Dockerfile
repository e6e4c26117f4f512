# The registry as a container: `docker compose up` builds it (see docker-compose.yml).
# Start-up as Spring Boot documents it: the jar built with its ahead-of-time processed bean definitions (-Paot) and
# extracted, with a class data sharing archive from a training run that stops once the context is refreshed.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -Paot -DskipTests package \
	&& cp target/presidency-registry-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home registry
WORKDIR /app
COPY --from=build /app /app
# The training run has no database: no migration, no schema check, no connection at start (the archive then holds
# the classes every start loads; Spring's AOT classes, bound to the migrations, load as usual). It never fails the
# build: without the archive the application starts as it would anyway (-Xshare:auto).
RUN java -XX:ArchiveClassesAtExit=/app/app.jsa -Dspring.context.exit=onRefresh -jar /app/app.jar \
		--spring.datasource.url=jdbc:postgresql://127.0.0.1:9/none --spring.flyway.enabled=false \
		--spring.datasource.hikari.initialization-fail-timeout=-1 --spring.jpa.hibernate.ddl-auto=none \
		--spring.jpa.properties.hibernate.boot.allow_jdbc_metadata_access=false \
		--spring.jpa.database-platform=org.hibernate.dialect.PostgreSQLDialect >/dev/null 2>&1 || true
USER registry
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-XX:SharedArchiveFile=/app/app.jsa", \
	"-Xshare:auto", "-Dspring.aot.enabled=true", "-jar", "/app/app.jar"]
