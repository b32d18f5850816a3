package se.regionrum;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class RegionrumApplication {

	public static void main(String[] args) {
		SpringApplication.run(RegionrumApplication.class, args);
	}

}
