# The registry as a container: `docker compose up` builds it (see docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package \
	&& cp target/presidency-registry-*.jar app.jar \
	&& java -Djarmode=tools -jar app.jar extract --destination /app

FROM eclipse-temurin:17-jre
RUN useradd --system --no-create-home registry
WORKDIR /app
COPY --from=build /app /app
USER registry
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/app.jar"]
