package lv.mfa.registry;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class RegistryApplication {

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(RegistryApplication.class);
		application.addListeners(new DatabaseUnavailableListener());
		application.run(args);
	}

}
