package cn.szftu.studio.registry.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 工作室名录: the public registry of named studios, each studio's entry with its history, and its printable
 * certificate. Public without login (under /public/**, see PublicPaths): naming is published anyway, and a printed
 * certificate carries the address of its entry so anyone can check it against the registry, including revocation.
 */
@Controller
@RequestMapping("/public/registry")
class PublicRegistryController {

  private final RegistryQueries registry;

  PublicRegistryController(RegistryQueries registry) {
    this.registry = registry;
  }

  @GetMapping
  String list(@RequestParam(required = false) String union, @RequestParam(required = false) String year,
      @RequestParam(required = false) String status, Model model) {
    model.addAttribute("page", registry.list(union, year, status));
    return "public-registry";
  }

  @GetMapping("/{namingNumber}")
  String studio(@PathVariable String namingNumber, Model model) {
    model.addAttribute("page", registry.studio(namingNumber));
    return "public-registry-detail";
  }

  @GetMapping("/{namingNumber}/certificate")
  String certificate(@PathVariable String namingNumber, Model model) {
    String baseUrl = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
    model.addAttribute("page", registry.certificate(namingNumber, baseUrl));
    return "certificate";
  }

  /** Unknown naming number: 404 with the registry's own Chinese page, which leads back to the list. */
  @ExceptionHandler(StudioNotFoundException.class)
  String notFound(StudioNotFoundException e, HttpServletResponse response, Model model) {
    response.setStatus(HttpServletResponse.SC_NOT_FOUND);
    String number = e.namingNumber();
    model.addAttribute("namingNumber", number == null || number.length() > 40 ? null : number);
    return "public-registry-missing";
  }
}
