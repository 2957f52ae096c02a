package cn.szftu.studio.registry.web;

/** No studio in the registry has this naming number; the controller answers with the registry's own 404 page. */
class StudioNotFoundException extends RuntimeException {

  private final String namingNumber;

  StudioNotFoundException(String namingNumber) {
    super("名录中没有编号为 " + namingNumber + " 的工作室");
    this.namingNumber = namingNumber;
  }

  String namingNumber() {
    return namingNumber;
  }
}
