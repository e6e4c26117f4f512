package lv.mfa.registry.operations;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

/**
 * {@code ./mvnw spring-boot:run} starts {@code compose.dev.yaml} through
 * spring-boot-docker-compose where a Docker engine with Compose answers, and otherwise
 * uses the database configured as usual (the local server) instead of failing. The module
 * is not in the packaged jar, so this does nothing there; an explicit
 * {@code spring.docker.compose.enabled} always wins.
 */
class DockerComposeWhereDockerAnswers implements EnvironmentPostProcessor {

	private static final String ENABLED = "spring.docker.compose.enabled";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!ClassUtils.isPresent("org.springframework.boot.docker.compose.lifecycle.DockerComposeProperties",
				getClass().getClassLoader()) || environment.containsProperty(ENABLED)) {
			return;
		}
		if (!succeeds("docker", "info") || !succeeds("docker", "compose", "version")) {
			environment.getPropertySources()
				.addLast(new MapPropertySource("dockerComposeWhereDockerAnswers", Map.of(ENABLED, false)));
		}
	}

	private static boolean succeeds(String... command) {
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				return false;
			}
			return process.exitValue() == 0;
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

}
